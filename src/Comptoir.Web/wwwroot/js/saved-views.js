// « Vues »: choosing a view shows it at once; the « Afficher » button does the same without JavaScript.
document.querySelectorAll('[data-views-select]').forEach(select => {
    select.addEventListener('change', () => select.form.requestSubmit());
    select.form.querySelector('[data-views-show]')?.classList.add('visually-hidden');
});
