// The import wizard (/imports/new): the browser keeps the chosen file and posts it again at each step, with the
// options chosen so far. ?handler=preview answers how the file reads and the proposed mapping; ?handler=start
// checks it (dry run, followed here until its report) or imports it (then its page, /imports/{id}, follows the job).
(() => {
  const form = document.getElementById('import-wizard');
  if (!form) return;
  const text = form.dataset;
  const file = document.getElementById('import-file');
  const encoding = document.getElementById('import-encoding');
  const delimiter = document.getElementById('import-delimiter');
  const header = document.getElementById('import-header');
  const check = document.getElementById('import-check');
  const buttons = [document.getElementById('import-check-button'), document.getElementById('import-start-button')];
  const number = new Intl.NumberFormat(document.documentElement.lang || 'fr');
  let preview = null;

  const cell = (tag, content) => {
    const element = document.createElement(tag);
    element.textContent = content ?? '';
    return element;
  };

  const showErrors = (errors) => {
    form.querySelectorAll('[data-error-for]').forEach((e) => { e.textContent = ''; });
    form.querySelectorAll('.is-invalid').forEach((e) => e.classList.remove('is-invalid'));
    for (const [key, messages] of Object.entries(errors || {})) {
      const target = form.querySelector(`[data-error-for="${CSS.escape(key)}"]`) || document.getElementById('import-file-error');
      target.textContent = messages.join(' ');
      const input = form.querySelector(`[data-field-for="${CSS.escape(key)}"]`) || (key === 'file' ? file : null);
      input?.classList.add('is-invalid');
    }
  };

  const options = (extra) => {
    const chosen = { header: header.checked, ...extra };
    if (encoding.value) chosen.encoding = encoding.value;
    if (delimiter.value) chosen.delimiter = delimiter.value;
    return chosen;
  };

  // The duplicates step, when the module has one: the fields ticked and what a match does (none: no search).
  const duplicates = () => {
    const action = form.querySelector('input[name="dup-action"]:checked')?.value;
    if (!action) return {};
    const match = [...form.querySelectorAll('input[name="dup-match"]:checked')].map((c) => c.value);
    return { duplicates: { match, action } };
  };

  const post = async (url, chosen) => {
    const data = new FormData(form);
    data.set('options', JSON.stringify(chosen));
    const response = await fetch(url, { method: 'POST', body: data, credentials: 'same-origin', headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => null);
    if (!response.ok || !body) {
      showErrors(body?.errors || { file: [text.errorText] });
      return null;
    }
    showErrors({});
    return body;
  };

  const renderPreview = () => {
    const table = document.getElementById('import-preview-table');
    table.replaceChildren();
    const head = table.createTHead().insertRow();
    preview.columns.forEach((c) => head.appendChild(cell('th', c)));
    const body = table.createTBody();
    preview.rows.forEach((row) => {
      const tr = body.insertRow();
      preview.columns.forEach((_, i) => tr.appendChild(cell('td', row[i])));
    });
    const separator = preview.delimiter === 'tab' ? text.tabText : preview.delimiter;
    document.getElementById('import-detected').textContent = text.detectedText.replace('{0}', preview.encoding).replace('{1}', separator);
    document.getElementById('import-preview').hidden = false;
  };

  const renderMapping = (previous) => {
    const table = document.getElementById('import-mapping-table');
    table.replaceChildren();
    const head = table.createTHead().insertRow();
    [text.columnText, text.exampleText, text.fieldText].forEach((t) => head.appendChild(cell('th', t)));
    const body = table.createTBody();
    preview.columns.forEach((column, i) => {
      const tr = body.insertRow();
      tr.appendChild(cell('th', column)).scope = 'row';
      tr.appendChild(cell('td', preview.rows[0]?.[i])).className = 'text-body-secondary small';
      const select = document.createElement('select');
      select.className = 'form-select form-select-sm';
      select.dataset.column = column;
      select.dataset.fieldFor = `options.mapping.${column}`;
      select.setAttribute('aria-label', `${text.fieldText} : ${column}`);
      select.appendChild(new Option(text.skipText, ''));
      preview.fields.forEach((f) => select.appendChild(new Option(f.mandatory ? `${f.label} *` : f.label, f.key)));
      select.value = previous?.[column] ?? preview.mapping[column] ?? '';
      const td = tr.insertCell();
      td.appendChild(select);
      const error = document.createElement('div');
      error.className = 'invalid-feedback d-block';
      error.dataset.errorFor = `options.mapping.${column}`;
      td.appendChild(error);
    });
    const duplicatesStep = document.getElementById('import-duplicates');
    if (duplicatesStep) duplicatesStep.hidden = false;
    document.getElementById('import-mapping').hidden = false;
    document.getElementById('import-run').hidden = false;
  };

  const mapping = () => Object.fromEntries([...form.querySelectorAll('select[data-column]')].map((s) => [s.dataset.column, s.value]));

  const readFile = async () => {
    check.replaceChildren();
    if (!file.files.length) return;
    const previous = preview ? mapping() : null;
    check.textContent = text.sendingText;
    const answer = await post(text.previewUrl, options());
    check.textContent = '';
    if (!answer) {
      preview = null;
      ['import-preview', 'import-duplicates', 'import-mapping', 'import-run'].forEach((id) => {
        const section = document.getElementById(id);
        if (section) section.hidden = true;
      });
      return;
    }
    preview = answer;
    renderPreview();
    renderMapping(previous);
  };

  const renderReport = (run) => {
    check.replaceChildren();
    const counts = run.counts;
    const summary = cell('p', [counts.created, counts.updated, counts.skipped, counts.failed]
      .reduce((t, n, i) => t.replace(`{${i}}`, number.format(n)), text.countsText));
    summary.className = `alert ${counts.failed ? 'alert-warning' : 'alert-success'}`;
    summary.id = 'import-check-summary';
    check.appendChild(summary);
    if (!run.errors.length) return;
    const table = document.createElement('table');
    table.className = 'table table-sm small';
    table.id = 'import-check-errors';
    const head = table.createTHead().insertRow();
    [text.lineText, text.columnText, text.messageText].forEach((t) => head.appendChild(cell('th', t)));
    const body = table.createTBody();
    run.errors.forEach((e) => {
      const tr = body.insertRow();
      [e.line, e.column, e.message].forEach((v) => tr.appendChild(cell('td', v)));
    });
    check.appendChild(table);
  };

  const start = async (dryRun) => {
    buttons.forEach((b) => { b.disabled = true; });
    check.textContent = dryRun ? text.runningText : text.sendingText;
    try {
      const run = await post(text.startUrl, options({ mapping: mapping(), dryRun, ...duplicates() }));
      if (!run) {
        check.textContent = '';
        return;
      }
      if (!dryRun) {
        window.location.assign(run.url);
        return;
      }
      let status = run;
      while (status.status !== 'done' && status.status !== 'failed') {
        await new Promise((resolve) => { window.setTimeout(resolve, 500); });
        const response = await fetch(`${run.url}?handler=import`, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
        if (response.ok) status = await response.json();
      }
      renderReport(status);
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
    }
  };

  file.addEventListener('change', readFile);
  [encoding, delimiter, header].forEach((input) => input.addEventListener('change', readFile));
  buttons[0].addEventListener('click', () => start(true));
  buttons[1].addEventListener('click', () => start(false));
})();
