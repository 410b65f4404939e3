// The top bar's search box (Features/Search/_TopBarSearch.cshtml): suggestions from 2 characters, grouped by
// module, as an ARIA combobox. Arrows move through them, Enter opens one (or, with none chosen, the /search
// page), Escape closes. Without this script the box is a plain form to /search.
(function () {
    'use strict';

    var form = document.querySelector('form.top-search');
    if (!form) return;
    var input = form.querySelector('input[name="q"]');
    var list = form.querySelector('[role="listbox"]');
    var status = form.querySelector('[role="status"]');
    var timer = 0, sequence = 0, active = -1;

    function options() { return Array.prototype.slice.call(list.querySelectorAll('[role="option"]')); }

    function close() {
        list.classList.remove('show');
        list.replaceChildren();
        input.setAttribute('aria-expanded', 'false');
        input.removeAttribute('aria-activedescendant');
        active = -1;
    }

    function highlight(index) {
        var all = options();
        if (all.length === 0) return;
        active = (index + all.length) % all.length;
        all.forEach(function (o, i) {
            o.setAttribute('aria-selected', i === active ? 'true' : 'false');
            o.classList.toggle('active', i === active);
        });
        input.setAttribute('aria-activedescendant', all[active].id);
        all[active].scrollIntoView({ block: 'nearest' });
    }

    function option(id, href, title, detail) {
        var li = document.createElement('li');
        li.id = id;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.className = 'dropdown-item top-search-option';
        li.dataset.href = href;
        var name = document.createElement('span');
        name.className = 'fw-semibold';
        name.textContent = title;
        li.appendChild(name);
        if (detail) {
            var small = document.createElement('small');
            small.className = 'd-block text-body-secondary';
            small.textContent = detail;
            li.appendChild(small);
        }
        return li;
    }

    function render(groups, query) {
        list.replaceChildren();
        var count = 0;
        groups.forEach(function (group) {
            var header = document.createElement('li');
            header.setAttribute('role', 'presentation');
            header.className = 'dropdown-header';
            header.textContent = group.label;
            list.appendChild(header);
            group.hits.forEach(function (hit) {
                var detail = [hit.number, hit.context].filter(function (s) { return s; }).join(' · ');
                list.appendChild(option('top-search-' + group.module + '-' + hit.id, hit.url, hit.title, detail));
                count++;
            });
        });
        if (count === 0) {
            var none = document.createElement('li');
            none.setAttribute('role', 'presentation');
            none.className = 'dropdown-item-text text-body-secondary';
            none.textContent = form.dataset.none;
            list.appendChild(none);
        }
        list.appendChild(option('top-search-all', '/search?q=' + encodeURIComponent(query), form.dataset.all, ''));
        list.classList.add('show');
        input.setAttribute('aria-expanded', 'true');
        status.textContent = count === 0 ? form.dataset.none : String(count);
        active = -1;
    }

    function suggest() {
        var query = input.value.trim();
        if (query.length < 2) { close(); return; }
        var mine = ++sequence;
        fetch(form.dataset.suggest + '?q=' + encodeURIComponent(query), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
            .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
            .then(function (groups) { if (mine === sequence) render(groups, query); })
            .catch(function () { if (mine === sequence) { close(); status.textContent = form.dataset.failed; } });
    }

    input.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(suggest, 150);
    });
    input.addEventListener('keydown', function (e) {
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            if (!list.classList.contains('show')) { suggest(); return; }
            e.preventDefault();
            highlight(active + (e.key === 'ArrowDown' ? 1 : -1));
        } else if (e.key === 'Enter' && active >= 0) {
            e.preventDefault();
            window.location.href = options()[active].dataset.href;
        } else if (e.key === 'Escape') {
            close();
        }
    });
    list.addEventListener('mousedown', function (e) {
        // Before the input's blur closes the list.
        var target = e.target.closest('[role="option"]');
        if (!target) return;
        e.preventDefault();
        window.location.href = target.dataset.href;
    });
    input.addEventListener('blur', function () { setTimeout(close, 100); });
})();
