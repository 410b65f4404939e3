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

    // One message under the field: the live warning (#id-warning) until a save is refused; then the
    // server's error (#id-error) while the value is the one it refused, and the live check in its place
    // once the value changes (the server's lines hidden, so neither the eye nor aria-describedby gets two).
    function updateWarning(input) {
        var check = checks[input.dataset.check];
        if (!check) return;
        var value = input.value.trim();
        var fine = value === '' || check(value);
        var warning = document.getElementById(input.id + '-warning');
        if (warning) {
            if (fine === warning.hidden) return; // unchanged: don't make screen readers repeat it
            warning.hidden = fine;
            warning.textContent = fine ? '' : (warning.dataset.warning || '');
            return;
        }
        var error = document.getElementById(input.id + '-error');
        if (!error || !error.dataset.warning) return;
        var refused = input.value === input.defaultValue;
        var live = error.querySelector('[data-live-warning]');
        Array.prototype.forEach.call(error.children, function (line) { if (line !== live) line.hidden = !refused; });
        if (refused || fine) {
            if (live) live.remove();
        } else if (!live) {
            live = document.createElement('div');
            live.setAttribute('data-live-warning', '');
            live.textContent = error.dataset.warning;
            error.append(live);
        }
    }

    // Delegated, so that the inputs of a quick-create dialog, inserted later, are checked too.
    document.addEventListener('input', function (e) { if (e.target.matches('input[data-check]')) updateWarning(e.target); });
    document.addEventListener('focusout', function (e) { if (e.target.matches('input[data-check]')) updateWarning(e.target); });
    document.querySelectorAll('input[data-check]').forEach(function (input) { if (input.value) updateWarning(input); });

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
        if (picker.dataset.ready) return;
        picker.dataset.ready = 'true';
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
            // Lets a form react to the choice (the contact form offers to copy the account's addresses).
            hidden.dispatchEvent(new Event('change', { bubbles: true }));
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
                meta.textContent = result.meta !== undefined ? result.meta : [result.number, result.city].filter(Boolean).join(' · ');
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

        function select(id, name) {
            hidden.value = String(id);
            search.value = name;
            search.classList.remove('is-invalid');
            close();
            hidden.dispatchEvent(new Event('change', { bubbles: true }));
        }

        var browse = picker.querySelector('[data-reference-browse]');
        var create = picker.querySelector('[data-reference-create]');
        if (window.bootstrap && browse) {
            browse.hidden = false;
            browse.addEventListener('click', function () { openBrowser(browse, module, exclude, select); });
        }
        if (window.bootstrap && create) {
            create.hidden = false;
            create.addEventListener('click', function () { openQuickCreate(create, module, select); });
        }
    }

    // --- (d) Dialogs of the pickers: « Sélectionner » and « + » --------------------------------
    // Built on demand and appended to <body> (a form cannot hold the quick-create form); removed
    // when closed, focus going back to the button that opened them. Bootstrap traps the focus
    // inside and closes on Escape.
    var dialogCount = 0;

    function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className) node.className = className;
        if (text !== undefined) node.textContent = text;
        return node;
    }

    function openDialog(trigger, content) {
        var modal = element('div', 'modal fade');
        modal.tabIndex = -1;
        modal.setAttribute('aria-hidden', 'true');
        var dialog = element('div', 'modal-dialog modal-dialog-scrollable modal-lg');
        dialog.append(content);
        modal.append(dialog);
        document.body.append(modal);
        var instance = new window.bootstrap.Modal(modal);
        modal.addEventListener('hidden.bs.modal', function () {
            instance.dispose();
            modal.remove();
            trigger.focus();
        });
        instance.show();
        return { modal: modal, instance: instance };
    }

    function openBrowser(button, module, exclude, select) {
        var id = 'picker-dialog-' + (++dialogCount);
        var content = element('div', 'modal-content');
        content.setAttribute('role', 'document');
        var header = element('div', 'modal-header');
        var title = element('h2', 'modal-title h5', button.dataset.title);
        title.id = id + '-title';
        var closeButton = element('button', 'btn-close');
        closeButton.type = 'button';
        closeButton.setAttribute('data-bs-dismiss', 'modal');
        closeButton.setAttribute('aria-label', button.dataset.closeText || '');
        header.append(title, closeButton);

        var body = element('div', 'modal-body');
        var label = element('label', 'form-label', button.dataset.searchLabel);
        label.htmlFor = id + '-search';
        var input = element('input', 'form-control mb-3');
        input.type = 'search';
        input.id = id + '-search';
        input.autocomplete = 'off';
        var status = element('p', 'text-body-secondary mb-2');
        status.setAttribute('aria-live', 'polite');
        var list = element('div', 'list-group picker-browse-list');
        body.append(label, input, status, list);

        var footer = element('div', 'modal-footer');
        var first = element('button', 'btn btn-outline-secondary btn-sm', button.dataset.firstText);
        first.type = 'button';
        var next = element('button', 'btn btn-outline-secondary btn-sm', button.dataset.nextText);
        next.type = 'button';
        footer.append(first, next);
        content.append(header, body, footer);

        var ticket = 0;
        var cursor = null;
        var timer = null;

        function load(from) {
            var mine = ++ticket;
            var url = '/' + encodeURIComponent(module) + '/browse?q=' + encodeURIComponent(input.value.trim());
            if (from) url += '&cursor=' + encodeURIComponent(from);
            if (exclude) url += '&exclude=' + encodeURIComponent(exclude);
            status.textContent = button.dataset.loadingText || '';
            fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
                .then(function (response) { if (!response.ok) throw new Error(String(response.status)); return response.json(); })
                .then(function (page) {
                    if (mine !== ticket) return;
                    list.replaceChildren();
                    page.items.forEach(function (item) {
                        var choice = element('button', 'list-group-item list-group-item-action');
                        choice.type = 'button';
                        choice.dataset.id = item.id;
                        var name = element('span', 'fw-semibold', item.name);
                        choice.append(name);
                        if (item.meta) choice.append(element('small', 'text-body-secondary ms-2', item.meta));
                        choice.addEventListener('click', function () {
                            select(item.id, item.name);
                            window.bootstrap.Modal.getInstance(shown.modal).hide();
                        });
                        list.append(choice);
                    });
                    status.textContent = page.items.length === 0 ? (button.closest('[data-empty-text]') || {}).dataset.emptyText || '' : '';
                    cursor = page.next;
                    next.hidden = !page.next;
                    first.hidden = !from;
                    footer.hidden = next.hidden && first.hidden;
                })
                .catch(function () { if (mine === ticket) status.textContent = button.dataset.errorText || ''; });
        }

        input.addEventListener('input', function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(function () { load(null); }, 250);
        });
        input.addEventListener('keydown', function (e) {
            if (e.key === 'Enter') { e.preventDefault(); window.clearTimeout(timer); load(null); }
        });
        next.addEventListener('click', function () { if (cursor) load(cursor); });
        first.addEventListener('click', function () { load(null); });

        var shown = openDialog(button, content);
        shown.modal.setAttribute('aria-labelledby', title.id);
        shown.modal.addEventListener('shown.bs.modal', function () { input.focus(); });
        next.hidden = true;
        first.hidden = true;
        footer.hidden = true;
        load(null);
    }

    function openQuickCreate(button, module, select) {
        var url = '/' + encodeURIComponent(module) + '/quick-create';
        button.disabled = true;
        fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
            .then(function (response) { if (!response.ok) throw new Error(String(response.status)); return response.text(); })
            .then(function (html) {
                var holder = element('div', 'd-contents'); // the fragment's form is the .modal-content
                var shown = openDialog(button, holder);

                function fill(markup) {
                    // The markup is our own Razor fragment (same origin, fetched above), in which Razor has
                    // HTML-encoded every label, value and error; nothing typed in this page is spliced in.
                    holder.innerHTML = markup;
                    var form = holder.querySelector('form[data-quick-create-form]');
                    var title = holder.querySelector('.modal-title');
                    if (title) shown.modal.setAttribute('aria-labelledby', title.id);
                    holder.querySelectorAll('.reference-picker[data-reference-module]').forEach(setupPicker);
                    form.addEventListener('submit', function (e) {
                        e.preventDefault();
                        var submit = form.querySelector('[type=submit]');
                        if (submit) submit.disabled = true;
                        fetch(form.action, { method: 'POST', body: new FormData(form), headers: { Accept: 'application/json, text/html' }, credentials: 'same-origin' })
                            .then(function (response) {
                                if (response.status === 201) {
                                    return response.json().then(function (created) {
                                        select(created.id, created.name);
                                        shown.instance.hide();
                                    });
                                }
                                if (response.status === 422) {
                                    return response.text().then(function (again) {
                                        fill(again);
                                        (holder.querySelector('[data-error-summary]') || holder.querySelector('.is-invalid') || holder).focus();
                                    });
                                }
                                throw new Error(String(response.status));
                            })
                            .catch(function () {
                                if (submit) submit.disabled = false;
                                var body = form.querySelector('.modal-body');
                                var alert = body.querySelector('[data-quick-create-failed]') || element('div', 'alert alert-danger py-2');
                                alert.setAttribute('data-quick-create-failed', '');
                                alert.setAttribute('role', 'alert');
                                alert.textContent = button.dataset.errorText || '';
                                body.prepend(alert);
                            });
                    });
                    return form;
                }

                fill(html);
                shown.modal.addEventListener('shown.bs.modal', function () {
                    var firstInput = holder.querySelector('input:not([type=hidden]), select, textarea');
                    if (firstInput) firstInput.focus();
                });
            })
            .catch(function () { window.alert(button.dataset.errorText || ''); })
            .finally(function () { button.disabled = false; });
    }

    document.querySelectorAll('.reference-picker[data-reference-module]').forEach(setupPicker);

    // --- (e) After a refused save, take the user to the summary of its errors ---------------------
    // Each error links to its input (Features/Shared/_ErrorSummary.cshtml): the link moves the focus there,
    // the input's label in view above it, as the GOV.UK design system's error summary does.
    var focusable = 'input:not([type=hidden]), select, textarea, button';

    function shown(node) { return node.getClientRects().length > 0; }

    function controlFor(target) {
        if (target.matches(focusable) && shown(target)) return target;
        // The boxes of a multi-select (a fieldset), or a box a script replaced (the price lines' JSON).
        var scope = target.matches('fieldset') ? target : target.parentElement;
        return Array.prototype.find.call(scope.querySelectorAll(focusable), shown) || target;
    }

    document.addEventListener('click', function (e) {
        var link = e.target.closest('[data-error-summary] a[href^="#"]');
        var target = link && document.getElementById(decodeURIComponent(link.hash.slice(1)));
        if (!target) return;
        e.preventDefault();
        var details = target.closest('details');
        if (details) details.open = true; // a collapsed block opens on its own field
        var control = controlFor(target);
        var label = control.labels && control.labels.length > 0 && shown(control.labels[0]) ? control.labels[0] : control;
        label.scrollIntoView({ block: 'start' });
        control.focus({ preventScroll: true });
    });

    var summary = document.querySelector('[data-error-summary]');
    if (summary) summary.focus();

    // --- (f) A field that gets the focus under a long form's sticky « Enregistrer » bar -----------
    // Chromium's focus scrolling stops at the screen's edge, ignoring scroll-padding (site.css): lift the
    // field above the bar, so that Tab never leaves the focus where the user cannot see it.
    document.addEventListener('focusin', function (e) {
        var form = e.target.closest('form');
        var bar = form && form.querySelector('.form-actions-sticky');
        if (!bar || bar.contains(e.target)) return;
        var overlap = e.target.getBoundingClientRect().bottom - bar.getBoundingClientRect().top;
        if (overlap > 0) window.scrollBy({ top: overlap + 16, behavior: 'instant' });
    });
})();
