// The layout manager's enhancements. Without this script every move is a button in a form (Monter,
// Descendre, Déplacer vers le bloc…) and the new-field form shows every input. With it: fields and
// blocks are dragged by their handle and dropped where they belong, which posts the very same page
// handler as the buttons, then reloads; and the new-field form shows only what the chosen type uses.
(function () {
    'use strict';

    function token() {
        var input = document.querySelector('input[name="__RequestVerificationToken"]');
        return input ? input.value : '';
    }

    function post(url, fields) {
        var body = new URLSearchParams(fields);
        body.append('__RequestVerificationToken', token());
        // The handler answers with a redirect (PRG); following it is not needed, the reload shows the result.
        return fetch(url, { method: 'POST', body: body, credentials: 'same-origin', redirect: 'manual' })
            .then(function () { window.location.reload(); }, function () { window.location.reload(); });
    }

    function indexAmong(element, selector) {
        return Array.prototype.filter.call(element.parentNode.children, function (child) { return child.matches(selector); })
            .indexOf(element);
    }

    // The sibling (of the same kind) that the pointer is above, so the dragged one goes before it.
    function before(container, selector, dragged, y) {
        var candidates = Array.prototype.filter.call(container.children, function (child) {
            return child !== dragged && child.matches(selector);
        });
        for (var i = 0; i < candidates.length; i++) {
            var box = candidates[i].getBoundingClientRect();
            if (y < box.top + box.height / 2) return candidates[i];
        }
        return null;
    }

    function setupDragAndDrop(root) {
        var moveField = root.getAttribute('data-move-field-url');
        var moveBlock = root.getAttribute('data-move-block-url');
        var dragged = null;

        root.querySelectorAll('.layout-handle').forEach(function (handle) {
            handle.classList.remove('d-none');
            // Only the handle starts a drag, so that selects and buttons of the row keep working as usual.
            handle.addEventListener('mousedown', function () {
                var row = handle.closest('[data-field-key]') || handle.closest('.layout-block');
                row.setAttribute('draggable', 'true');
            });
        });

        root.addEventListener('dragstart', function (event) {
            dragged = event.target.closest('[draggable="true"]');
            if (!dragged) return;
            event.stopPropagation();
            event.dataTransfer.effectAllowed = 'move';
            event.dataTransfer.setData('text/plain', dragged.getAttribute('data-field-key') || dragged.getAttribute('data-block-key'));
            dragged.classList.add('opacity-50');
        });

        root.addEventListener('dragover', function (event) {
            if (!dragged) return;
            if (dragged.hasAttribute('data-field-key')) {
                var list = event.target.closest('.layout-fields');
                if (!list) return;
                event.preventDefault();
                var empty = list.querySelector('.layout-empty');
                if (empty) empty.hidden = true;
                var next = before(list, '[data-field-key]', dragged, event.clientY);
                if (next) list.insertBefore(dragged, next); else list.appendChild(dragged);
            } else {
                var block = event.target.closest('.layout-block');
                if (!block) return;
                event.preventDefault();
                var nextBlock = before(root, '.layout-block', dragged, event.clientY);
                if (nextBlock) root.insertBefore(dragged, nextBlock); else root.appendChild(dragged);
            }
        });

        root.addEventListener('drop', function (event) {
            if (!dragged) return;
            event.preventDefault();
            var moved = dragged;
            dragged = null;
            if (moved.hasAttribute('data-field-key')) {
                post(moveField, {
                    key: moved.getAttribute('data-field-key'),
                    block: moved.closest('.layout-fields').getAttribute('data-block-key'),
                    position: indexAmong(moved, '[data-field-key]')
                });
            } else {
                post(moveBlock, { key: moved.getAttribute('data-block-key'), position: indexAmong(moved, '.layout-block') });
            }
        });

        root.addEventListener('dragend', function () {
            // Dropped outside any list: put everything back as the server has it.
            if (dragged) window.location.reload();
        });
    }

    function setupTypeInputs(select) {
        var form = select.form;
        function update() {
            form.querySelectorAll('[data-show-for]').forEach(function (group) {
                group.hidden = group.getAttribute('data-show-for').split(' ').indexOf(select.value) < 0;
            });
        }
        select.addEventListener('change', update);
        update();
    }

    document.addEventListener('DOMContentLoaded', function () {
        var root = document.getElementById('layout-editor');
        if (root && 'draggable' in document.createElement('div')) setupDragAndDrop(root);
        var type = document.querySelector('select[data-field-type]');
        if (type) setupTypeInputs(type);
    });
})();
