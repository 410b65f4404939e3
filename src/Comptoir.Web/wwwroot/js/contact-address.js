// Contact form: choosing a « Compte client » offers to copy its addresses (billing → mailing,
// shipping → other). Always a visible question with buttons, never a silent overwrite. Without
// this script the page's own « Copier les adresses du compte » (posted, ?account=) still works.
(function () {
    'use strict';

    var form = document.querySelector('form[data-contact-form]');
    if (!form) return;
    var hidden = document.getElementById('f-account');
    var picker = hidden && hidden.closest('.reference-picker');
    if (!picker) return;
    var suffixes = ['Street', 'PoBox', 'PostalCode', 'City', 'State', 'Country'];
    var last = hidden.value;
    var request = 0;

    function announce(text) {
        var region = form.querySelector('[data-announcer]');
        if (!region || !text) return;
        region.textContent = '';
        window.setTimeout(function () { region.textContent = text; }, 50);
    }

    function removeOffer() {
        var offer = form.querySelector('[data-address-offer]');
        if (offer) offer.remove();
    }

    function fill(prefix, parts) {
        suffixes.forEach(function (suffix) {
            var input = document.getElementById('f-' + prefix + suffix);
            if (!input) return;
            input.value = parts[suffix.charAt(0).toLowerCase() + suffix.slice(1)] || '';
            input.dispatchEvent(new Event('input', { bubbles: true }));
        });
    }

    function hasAddress(address) {
        return [address.billing, address.shipping].some(function (parts) {
            return Object.keys(parts || {}).some(function (key) { return parts[key]; });
        });
    }

    function offer(address) {
        removeOffer();
        var box = document.createElement('div');
        box.className = 'alert alert-info d-flex flex-wrap align-items-center gap-2';
        box.setAttribute('role', 'region');
        box.setAttribute('data-address-offer', '');
        var text = document.createElement('p');
        text.className = 'mb-0 me-auto';
        text.textContent = (form.dataset.offerText || '').replace('{0}', address.name);
        box.setAttribute('aria-label', text.textContent);
        var copy = document.createElement('button');
        copy.type = 'button';
        copy.className = 'btn btn-sm btn-primary';
        copy.textContent = form.dataset.copyText;
        copy.addEventListener('click', function () {
            fill('mailing', address.billing || {});
            fill('other', address.shipping || {});
            removeOffer();
            announce(form.dataset.addressesCopiedText);
            hidden.closest('.reference-picker').querySelector('input[type=search]').focus();
        });
        var skip = document.createElement('button');
        skip.type = 'button';
        skip.className = 'btn btn-sm btn-outline-secondary';
        skip.textContent = form.dataset.skipText;
        skip.addEventListener('click', removeOffer);
        box.append(text, copy, skip);
        // Beside the picker, where the user's attention is.
        picker.after(box);
        copy.focus();
    }

    function changed() {
        var id = hidden.value;
        if (id === last) return;
        last = id;
        removeOffer();
        if (!id) return;
        var ticket = ++request;
        fetch(form.dataset.addressUrl + encodeURIComponent(id), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (address) {
                if (ticket === request && address && hidden.value === id && hasAddress(address)) offer(address);
            })
            .catch(function () { /* no offer: the user can still type the address */ });
    }

    // The picker sets the hidden id on choosing; « Sélectionner » and « + » also fire change. The events
    // that choose from the suggestions bubble here after the picker's own handler has set the id.
    hidden.addEventListener('change', changed);
    picker.addEventListener('mousedown', function () { window.setTimeout(changed, 0); });
    picker.addEventListener('keydown', function (e) { if (e.key === 'Enter') window.setTimeout(changed, 0); });
    picker.addEventListener('click', function () { window.setTimeout(changed, 0); });
    // Typing (or « Effacer ») empties the id: the offer of the account no longer chosen goes away.
    picker.addEventListener('input', function () { window.setTimeout(changed, 0); });

    // The page's own offer (?account=): with this script, « Ne pas copier » can dismiss it.
    var skip = form.querySelector('[data-address-offer-skip]');
    if (skip) {
        skip.hidden = false;
        skip.addEventListener('click', removeOffer);
    }
})();
