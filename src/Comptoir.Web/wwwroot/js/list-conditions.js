// The list's « add a condition » form (Features/Records/_ListConditions.cshtml) works as plain GET steps;
// this sends it when the field changes (its operators and value input come back) and shows only the
// inputs the chosen operator takes (none for « est vide », two for « entre »).
(() => {
  const form = document.querySelector('[data-condition-form]');
  if (!form) return;
  form.querySelectorAll('[data-no-js]').forEach((button) => { button.hidden = true; });
  form.querySelector('[data-autosubmit]')?.addEventListener('change', () => {
    // A new field: its operator and value would not fit it.
    form.querySelectorAll('[name="add.op"], [name="add.value"], [name="add.value2"]').forEach((input) => { input.disabled = true; });
    form.requestSubmit();
  });
  const operator = form.querySelector('[data-operator]');
  if (!operator) return;
  const show = () => {
    const operand = operator.selectedOptions[0]?.dataset.operand ?? 'One';
    form.querySelectorAll('[data-operand-input]').forEach((element) => { element.hidden = operand === 'None'; });
    form.querySelectorAll('[data-range-input]').forEach((element) => { element.hidden = operand !== 'Range'; });
  };
  operator.addEventListener('change', show);
  show();
})();
