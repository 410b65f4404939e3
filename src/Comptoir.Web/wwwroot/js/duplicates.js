// « Doublons possibles » on a record's form: as the user types a field the module compares (name, SIRET, email,
// phone…), asks /{module}/duplicates/check with those fields' values (debounced) and shows the HTML it answers in
// the panel; nothing matches, the panel hides. Without this script the save still checks the module's rule.
(function () {
    'use strict';

    var panel = document.querySelector('[data-duplicates-panel]');
    var form = panel && panel.closest('form');
    if (!form) return;
    var fields = (panel.dataset.duplicatesFields || '').split(',').filter(Boolean);
    var last = '';
    var timer = 0;
    var request = 0;

    function query() {
        var params = new URLSearchParams();
        fields.forEach(function (name) {
            var input = form.elements.namedItem(name);
            if (!input || typeof input.value !== 'string') return;
            var value = input.value.trim();
            if (value) params.append(name, value);
        });
        if (panel.dataset.duplicatesId) params.append('id', panel.dataset.duplicatesId);
        return params.toString();
    }

    function check() {
        var q = query();
        if (q === last) return;
        last = q;
        var mine = ++request;
        if (!q || q === 'id=' + panel.dataset.duplicatesId) {
            show('');
            return;
        }
        fetch(panel.dataset.duplicatesUrl + '?' + q, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
            .then(function (response) { return response.ok ? response.text() : ''; })
            .then(function (html) { if (mine === request) show(html); })
            .catch(function () { /* the save still checks: a failed look-up only leaves the panel as it was */ });
    }

    function show(html) {
        // Our own Razor fragment (Features/Duplicates/_DuplicatesPanelContent.cshtml, same origin), in which Razor has
        // HTML-encoded every name and number; nothing typed in this page is spliced in.
        panel.innerHTML = html.trim();
        panel.hidden = panel.innerHTML === '';
    }

    function later(event) {
        var name = event.target && event.target.name;
        // A reference picker types into « <key>__label » and sets the hidden « <key> »: either one asks again.
        if (name && fields.indexOf(name.replace(/__label$/, '')) < 0) return;
        window.clearTimeout(timer);
        timer = window.setTimeout(check, 300);
    }

    form.addEventListener('input', later);
    form.addEventListener('change', later);
    // An edit form opens with the record's values: its duplicates show at once.
    if (panel.dataset.duplicatesId) check();
})();
