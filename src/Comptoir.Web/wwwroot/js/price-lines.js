// The « Lignes » editor of a price list: rows for products, strategies and brackets, written as
// JSON into the field's textarea (name="lines") on every change. Without this script the textarea
// itself takes the JSON; with it, the textarea is hidden and only mirrors the rows.
(function () {
    'use strict';

    var STRATEGIES = ['volume', 'tranches', 'groupVolume'];
    var french = (document.documentElement.lang || 'fr').indexOf('fr') === 0;

    function format(text) {
        var args = Array.prototype.slice.call(arguments, 1);
        return text.replace(/\{(\d+)\}/g, function (_, i) { return args[+i]; });
    }

    // Numbers are shown as the user types them (8,50 in French); the server reads either form.
    function shown(value) {
        if (value === null || value === undefined) return '';
        var text = String(value);
        return french && typeof value === 'number' ? text.replace('.', ',') : text;
    }

    function element(tag, attributes, children) {
        var node = document.createElement(tag);
        Object.keys(attributes || {}).forEach(function (key) {
            if (key === 'text') node.textContent = attributes[key];
            else node.setAttribute(key, attributes[key]);
        });
        (children || []).forEach(function (child) { node.appendChild(child); });
        return node;
    }

    function labelled(id, text, control, hidden) {
        return element('div', { class: 'price-lines-field' }, [
            element('label', { for: id, class: hidden ? 'visually-hidden' : 'form-label small mb-1', text: text }),
            control,
        ]);
    }

    function setup(root) {
        var textarea = root.querySelector('textarea');
        var rows = root.querySelector('[data-price-lines-rows]');
        var products = JSON.parse(root.getAttribute('data-products') || '[]');
        var t = JSON.parse(root.getAttribute('data-texts') || '{}');
        var lines;
        try {
            lines = JSON.parse(textarea.value.trim() || '[]');
        } catch (e) {
            return; // not JSON (typed by hand): leave the textarea to the user, the server says what is wrong
        }
        if (!Array.isArray(lines)) return;
        var base = textarea.id;

        textarea.hidden = true;

        // Values are kept as typed (strings) so a refused save shows exactly what was posted.
        function write() {
            textarea.value = JSON.stringify(lines.map(function (line) {
                return {
                    product: line.product === '' || line.product === null || line.product === undefined ? null : Number(line.product),
                    strategy: line.strategy,
                    brackets: (line.brackets || []).map(function (b) {
                        var bracket = { fromQuantity: b.fromQuantity };
                        if (b.discountPercent !== undefined && b.discountPercent !== null) bracket.discountPercent = b.discountPercent;
                        else bracket.unitPrice = b.unitPrice === undefined ? '' : b.unitPrice;
                        return bracket;
                    }),
                };
            }));
            textarea.dispatchEvent(new Event('change', { bubbles: true }));
        }

        function render(focus) {
            rows.textContent = '';
            if (lines.length === 0) rows.appendChild(element('p', { class: 'text-body-secondary small', text: t.empty }));
            lines.forEach(function (line, i) { rows.appendChild(renderLine(line, i)); });
            var add = element('button', { type: 'button', class: 'btn btn-sm btn-outline-primary mb-2', text: t.addLine });
            add.addEventListener('click', function () {
                lines.push({ product: null, strategy: 'volume', brackets: [{ fromQuantity: '1', unitPrice: '' }] });
                write();
                render(base + '-l' + (lines.length - 1) + '-product');
            });
            rows.appendChild(add);
            if (focus && document.getElementById(focus)) document.getElementById(focus).focus();
        }

        function renderLine(line, i) {
            var id = base + '-l' + i;
            var product = element('select', { id: id + '-product', class: 'form-select form-select-sm' });
            product.appendChild(element('option', { value: '', text: t.chooseProduct }));
            products.forEach(function (p) {
                var option = element('option', { value: String(p.id), text: p.label });
                if (String(p.id) === String(line.product)) option.selected = true;
                product.appendChild(option);
            });
            product.addEventListener('change', function () { line.product = product.value; write(); });

            var strategy = element('select', { id: id + '-strategy', class: 'form-select form-select-sm' });
            STRATEGIES.forEach(function (code) {
                var option = element('option', { value: code, text: t[code] });
                if (code === line.strategy) option.selected = true;
                strategy.appendChild(option);
            });
            strategy.addEventListener('change', function () { line.strategy = strategy.value; write(); });

            var remove = element('button', { type: 'button', class: 'btn btn-sm btn-outline-danger', 'aria-label': format(t.removeLine, i + 1), text: '×' });
            remove.addEventListener('click', function () {
                lines.splice(i, 1);
                write();
                render();
            });

            var brackets = element('div', { class: 'price-lines-brackets' });
            (line.brackets = line.brackets || []).forEach(function (bracket, j) { brackets.appendChild(renderBracket(line, i, bracket, j)); });
            var addBracket = element('button', { type: 'button', class: 'btn btn-sm btn-link px-0', text: t.addBracket });
            addBracket.addEventListener('click', function () {
                line.brackets.push({ fromQuantity: '', unitPrice: '' });
                write();
                render(id + '-b' + (line.brackets.length - 1) + '-from');
            });

            return element('fieldset', { class: 'border rounded p-2 mb-2' }, [
                element('legend', { class: 'fs-6 fw-semibold mb-1 float-none w-auto px-1', text: format(t.line, i + 1) }),
                element('div', { class: 'd-flex flex-wrap gap-2 align-items-end mb-2' }, [
                    element('div', { class: 'flex-grow-1' }, [labelled(id + '-product', t.product, product)]),
                    labelled(id + '-strategy', t.strategy, strategy),
                    remove,
                ]),
                brackets,
                addBracket,
            ]);
        }

        function renderBracket(line, i, bracket, j) {
            var id = base + '-l' + i + '-b' + j;
            var isDiscount = bracket.discountPercent !== undefined && bracket.discountPercent !== null;
            var from = element('input', { id: id + '-from', class: 'form-control form-control-sm', inputmode: 'numeric', value: shown(bracket.fromQuantity) });
            from.addEventListener('input', function () { bracket.fromQuantity = from.value.trim(); write(); });

            var kind = element('select', { id: id + '-kind', class: 'form-select form-select-sm' });
            [['unitPrice', t.unitPrice], ['discountPercent', t.discountPercent]].forEach(function (pair) {
                var option = element('option', { value: pair[0], text: pair[1] });
                if ((pair[0] === 'discountPercent') === isDiscount) option.selected = true;
                kind.appendChild(option);
            });
            var value = element('input', {
                id: id + '-value', class: 'form-control form-control-sm', inputmode: 'decimal',
                value: shown(isDiscount ? bracket.discountPercent : bracket.unitPrice),
            });
            function store() {
                var text = value.value.trim();
                delete bracket.unitPrice;
                delete bracket.discountPercent;
                bracket[kind.value] = text;
                write();
            }
            kind.addEventListener('change', store);
            value.addEventListener('input', store);

            var remove = element('button', { type: 'button', class: 'btn btn-sm btn-outline-secondary', 'aria-label': format(t.removeBracket, j + 1, i + 1), text: '×' });
            remove.addEventListener('click', function () {
                line.brackets.splice(j, 1);
                write();
                render();
            });
            var hidden = j > 0; // the first row shows the column labels; the others keep them for screen readers
            return element('div', { class: 'd-flex flex-wrap gap-2 align-items-end mb-1' }, [
                labelled(id + '-from', t.fromQuantity, from, hidden),
                labelled(id + '-kind', t.kind, kind, hidden),
                labelled(id + '-value', t.value, value, hidden),
                remove,
            ]);
        }

        render();
    }

    document.querySelectorAll('[data-price-lines]').forEach(setup);
})();
