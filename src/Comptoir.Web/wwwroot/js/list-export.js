// « Exporter » on a list: when rows are ticked (checkboxes named "ids" in the list), the file holds only them.
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-export]');
  if (!link) return;
  const ticked = [...document.querySelectorAll('input[type="checkbox"][name="ids"]:checked')].map((box) => box.value);
  const url = new URL(link.href, window.location.href);
  if (ticked.length > 0) url.searchParams.set('ids', ticked.join(','));
  else url.searchParams.delete('ids');
  link.href = url.toString();
});
