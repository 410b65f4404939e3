// Mass actions on a list (Features/MassActions/_MassActions.cshtml): the buttons wait for a ticked row or
// « Sélectionner les N résultats », the ticks are counted aloud, and a header box ticks the whole page.
(() => {
  const form = document.getElementById('mass-actions');
  if (!form) return;
  const rows = () => [...document.querySelectorAll('input[type="checkbox"][name="ids"][form="mass-actions"]')];
  const all = document.getElementById('mass-all');
  const page = document.getElementById('mass-page');
  const ticked = document.getElementById('mass-ticked');
  const buttons = [...form.querySelectorAll('[data-mass-action]')];

  const refresh = () => {
    const count = rows().filter((box) => box.checked).length;
    buttons.forEach((button) => { button.disabled = count === 0 && !all.checked; });
    rows().forEach((box) => { box.disabled = all.checked; });
    ticked.textContent = all.checked || count === 0 ? '' : count === 1 ? ticked.dataset.one : ticked.dataset.many.replace('{0}', count);
    if (page) {
      page.checked = count > 0 && count === rows().length;
      page.indeterminate = count > 0 && count < rows().length;
      page.disabled = all.checked;
    }
  };

  if (page) {
    page.hidden = false;
    page.addEventListener('change', () => {
      rows().forEach((box) => { box.checked = page.checked; });
      refresh();
    });
  }
  document.addEventListener('change', (event) => {
    if (event.target === all || rows().includes(event.target)) refresh();
  });
  refresh();
})();
