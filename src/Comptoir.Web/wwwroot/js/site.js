// Progressive enhancement for the server-rendered pages: everything works without it.
// Texts come from data-* attributes rendered by the server, so they are translated there.
(function () {
    'use strict';

    // --- (a) Live warning for a mistyped email or website -------------------------------------
    // Mirrors the server's rules (Core/Validation): the server still decides on save.
    function validLabel(label) {
        return label.length > 0 && label.length <= 63 && !label.startsWith('-') && !label.endsWith('-')
            && /^[\p{L}\p{N}-]+$/u.test(label);
    }

    function validDomain(host) {
        var labels = host.split('.');
        return labels.length >= 2 && labels.every(validLabel) && /^\p{L}{2,}$/u.test(labels[labels.length - 1]);
    }

    function looksLikeEmail(value) {
        if (/\s/.test(value)) return false;
        var at = value.indexOf('@');
        if (at <= 0 || value.lastIndexOf('@') !== at) return false;
        var local = value.slice(0, at);
        return !local.startsWith('.') && !local.endsWith('.') && !local.includes('..') && validDomain(value.slice(at + 1));
    }

    function looksLikeUrl(value) {
        if (/\s/.test(value)) return false;
        var rest = value;
        var scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value);
        if (scheme) {
            if (!/^https?$/i.test(scheme[1])) return false;
            rest = value.slice(scheme[0].length);
        }
        var authority = rest.split(/[/?#]/)[0];
        if (authority.includes('@')) return false;
        var colon = authority.indexOf(':');
        var host = authority;
        if (colon >= 0) {
            // "javascript:…", "mailto:…": a scheme without slashes; only host:port is allowed.
            if (!/^\d+$/.test(authority.slice(colon + 1))) return false;
            host = authority.slice(0, colon);
        }
        return validDomain(host);
    }

    var checks = { email: looksLikeEmail, url: looksLikeUrl };

    function updateWarning(input) {
        var warning = document.getElementById(input.id + '-warning');
        var check = checks[input.dataset.check];
        if (!warning || !check) return;
        var value = input.value.trim();
        var fine = value === '' || check(value);
        if (fine === warning.hidden) return; // unchanged: don't make screen readers repeat it
        warning.hidden = fine;
        warning.textContent = fine ? '' : (warning.dataset.warning || '');
    }

    document.querySelectorAll('input[data-check]').forEach(function (input) {
        input.addEventListener('input', function () { updateWarning(input); });
        input.addEventListener('blur', function () { updateWarning(input); });
        if (input.value) updateWarning(input);
    });

    // --- (b) « Copier l'adresse de facturation / de livraison » -------------------------------
    var suffixes = ['Street', 'PoBox', 'PostalCode', 'City', 'State', 'Country'];

    function announce(from, text) {
        var form = from.closest('form');
        var region = form && form.querySelector('[data-announcer]');
        if (!region || !text) return;
        region.textContent = '';
        // A fresh text node is announced even when the same words are repeated.
        window.setTimeout(function () { region.textContent = text; }, 50);
    }

    document.querySelectorAll('[data-copy-from][data-copy-to]').forEach(function (button) {
        button.addEventListener('click', function () {
            suffixes.forEach(function (suffix) {
                var source = document.getElementById('f-' + button.dataset.copyFrom + suffix);
                var target = document.getElementById('f-' + button.dataset.copyTo + suffix);
                if (source && target) {
                    target.value = source.value;
                    target.dispatchEvent(new Event('input', { bubbles: true }));
                }
            });
            var form = button.closest('form');
            announce(button, form && form.dataset.copiedText);
        });
    });

    // --- (c) Reference picker (« Compte parent ») ---------------------------------------------
    function setupPicker(picker) {
        var search = picker.querySelector('input[type=search]');
        var hidden = picker.querySelector('input[type=hidden]');
        var list = picker.querySelector('[role=listbox]');
        var clear = picker.querySelector('[data-reference-clear]');
        var module = picker.dataset.referenceModule;
        var exclude = picker.dataset.exclude;
        var timer = null;
        var request = 0;
        var active = -1;

        function options() { return Array.prototype.slice.call(list.querySelectorAll('[role=option]')); }

        function close() {
            list.hidden = true;
            list.replaceChildren();
            search.setAttribute('aria-expanded', 'false');
            search.removeAttribute('aria-activedescendant');
            active = -1;
        }

        function highlight(index) {
            var items = options();
            if (items.length === 0) return;
            active = (index + items.length) % items.length;
            items.forEach(function (item, i) {
                item.classList.toggle('active', i === active);
                item.setAttribute('aria-selected', i === active ? 'true' : 'false');
            });
            search.setAttribute('aria-activedescendant', items[active].id);
            items[active].scrollIntoView({ block: 'nearest' });
        }

        function choose(item) {
            hidden.value = item.dataset.id;
            search.value = item.dataset.name;
            close();
        }

        function render(results) {
            list.replaceChildren();
            results.forEach(function (result, i) {
                var item = document.createElement('li');
                item.id = search.id + '-option-' + i;
                item.className = 'list-group-item list-group-item-action';
                item.setAttribute('role', 'option');
                item.setAttribute('aria-selected', 'false');
                item.dataset.id = result.id;
                item.dataset.name = result.name;
                var name = document.createElement('span');
                name.textContent = result.name;
                var meta = document.createElement('small');
                meta.className = 'text-body-secondary ms-2';
                meta.textContent = [result.number, result.city].filter(Boolean).join(' · ');
                item.append(name, meta);
                item.addEventListener('mousedown', function (e) { e.preventDefault(); choose(item); });
                list.append(item);
            });
            if (results.length === 0 && picker.dataset.emptyText) {
                var none = document.createElement('li');
                none.className = 'list-group-item text-body-secondary';
                none.textContent = picker.dataset.emptyText;
                list.append(none);
            }
            list.hidden = list.children.length === 0;
            search.setAttribute('aria-expanded', list.hidden ? 'false' : 'true');
            active = -1;
        }

        function lookup() {
            var ticket = ++request;
            var url = '/' + encodeURIComponent(module) + '/lookup?q=' + encodeURIComponent(search.value.trim());
            if (exclude) url += '&exclude=' + encodeURIComponent(exclude);
            fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
                .then(function (response) { return response.ok ? response.json() : []; })
                .then(function (results) { if (ticket === request) render(results); })
                .catch(function () { if (ticket === request) close(); });
        }

        search.addEventListener('input', function () {
            hidden.value = ''; // the typed text no longer names the chosen record
            window.clearTimeout(timer);
            if (search.value.trim() === '') { close(); return; }
            timer = window.setTimeout(lookup, 200);
        });

        search.addEventListener('keydown', function (e) {
            var open = !list.hidden && options().length > 0;
            if (e.key === 'ArrowDown') {
                e.preventDefault();
                if (open) highlight(active + 1); else lookup();
            } else if (e.key === 'ArrowUp') {
                if (open) { e.preventDefault(); highlight(active - 1); }
            } else if (e.key === 'Enter') {
                if (open && active >= 0) { e.preventDefault(); choose(options()[active]); }
            } else if (e.key === 'Escape') {
                if (!list.hidden) { e.preventDefault(); close(); }
            }
        });

        search.addEventListener('blur', function () { window.setTimeout(close, 150); });

        if (clear) {
            clear.addEventListener('click', function () {
                hidden.value = '';
                search.value = '';
                close();
                search.focus();
            });
        }
    }

    document.querySelectorAll('.reference-picker[data-reference-module]').forEach(setupPicker);

    // --- (d) After a refused save, take the user to the list of errors -------------------------
    var errors = document.getElementById('form-errors');
    if (errors) errors.focus();
})();
