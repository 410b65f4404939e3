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
  const savedSelect = document.getElementById('import-saved-select');
  const defaultField = document.getElementById('import-default-field');
  const defaultValue = document.getElementById('import-default-value');
  const saveName = document.getElementById('import-save-name');
  const saveStatus = document.getElementById('import-save-status');
  const appliedStatus = document.getElementById('import-saved-applied');
  const newField = text.newFieldUrl ? document.getElementById('import-new-field') : null;
  const NEW_FIELD = '__new-field__';
  let preview = null;
  // Default values by field key (« Valeurs par défaut »), sent as options.defaults.
  const defaults = new Map();

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

  // The form (its file, module and token) with the options chosen and any extra entries; a problem without field
  // errors (403, 409) is shown under `fallback`.
  const post = async (url, chosen, extra = {}, fallback = 'file') => {
    const data = new FormData(form);
    data.set('options', JSON.stringify(chosen));
    Object.entries(extra).forEach(([key, value]) => data.set(key, value));
    const response = await fetch(url, { method: 'POST', body: data, credentials: 'same-origin', headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => null);
    if (!response.ok || !body) {
      showErrors(body?.errors || { [fallback]: [body?.detail || text.errorText] });
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

  const labelOf = (key) => preview?.fields.find((f) => f.key === key)?.label ?? key;

  const renderDefaults = () => {
    const table = document.getElementById('import-defaults-table');
    const body = table.tBodies[0];
    body.replaceChildren();
    for (const [key, value] of defaults) {
      const tr = body.insertRow();
      tr.dataset.defaultRow = key;
      tr.appendChild(cell('th', labelOf(key))).scope = 'row';
      const input = document.createElement('input');
      input.className = 'form-control form-control-sm';
      input.value = value;
      input.maxLength = 1000;
      input.dataset.defaultKey = key;
      input.dataset.fieldFor = `options.defaults.${key}`;
      input.setAttribute('aria-label', `${text.valueText} : ${labelOf(key)}`);
      input.addEventListener('input', () => defaults.set(key, input.value));
      const td = tr.insertCell();
      td.appendChild(input);
      const error = document.createElement('div');
      error.className = 'invalid-feedback d-block';
      error.dataset.errorFor = `options.defaults.${key}`;
      td.appendChild(error);
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'btn btn-sm btn-outline-danger';
      remove.textContent = text.removeText;
      remove.setAttribute('aria-label', `${text.removeText} : ${labelOf(key)}`);
      remove.addEventListener('click', () => { defaults.delete(key); renderDefaults(); });
      tr.insertCell().appendChild(remove);
    }
    table.hidden = defaults.size === 0;
  };

  const setDefaults = (values) => {
    defaults.clear();
    Object.entries(values || {}).forEach(([key, value]) => defaults.set(key, value));
    renderDefaults();
  };

  const renderSaved = (chosen) => {
    savedSelect.replaceChildren(savedSelect.options[0] ?? new Option('', ''));
    (preview.saved || []).forEach((m) => savedSelect.appendChild(new Option(m.name, m.name)));
    savedSelect.value = chosen ?? '';
    document.getElementById('import-saved').hidden = !(preview.saved || []).length;
  };

  // A saved mapping on the file's columns: its field for each column it names, « Ne pas importer » for the others.
  const applySaved = (name) => {
    const saved = (preview.saved || []).find((m) => m.name === name);
    form.querySelectorAll('select[data-column]').forEach((select) => {
      select.value = saved ? (saved.mapping[select.dataset.column] ?? '') : (preview.mapping[select.dataset.column] ?? '');
    });
    setDefaults(saved ? saved.defaults : {});
    if (saved) saveName.value = saved.name;
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
      if (newField) {
        select.appendChild(new Option(text.newFieldText, NEW_FIELD));
        select.addEventListener('change', () => { if (select.value === NEW_FIELD) openNewField(select); });
      }
      select.value = previous?.[column] ?? preview.mapping[column] ?? '';
      const td = tr.insertCell();
      td.appendChild(select);
      const error = document.createElement('div');
      error.className = 'invalid-feedback d-block';
      error.dataset.errorFor = `options.mapping.${column}`;
      td.appendChild(error);
    });
    defaultField.replaceChildren(new Option(text.chooseText, ''));
    preview.fields.forEach((f) => defaultField.appendChild(new Option(f.mandatory ? `${f.label} *` : f.label, f.key)));
    renderSaved(previous ? savedSelect.value : preview.applied);
    if (!previous && preview.applied) {
      applySaved(preview.applied);
      appliedStatus.textContent = text.appliedText.replace('{0}', preview.applied);
    } else {
      appliedStatus.textContent = '';
      renderDefaults();
    }
    const duplicatesStep = document.getElementById('import-duplicates');
    if (duplicatesStep) duplicatesStep.hidden = false;
    document.getElementById('import-mapping').hidden = false;
    document.getElementById('import-run').hidden = false;
  };

  const mapping = () => Object.fromEntries([...form.querySelectorAll('select[data-column]')]
    .map((s) => [s.dataset.column, s.value === NEW_FIELD ? '' : s.value]));

  // « + Créer un champ… » (administrators): the panel under the table, for one column at a time.
  let newFieldColumn = null;
  const openNewField = (select) => {
    if (newFieldColumn && newFieldColumn !== select.dataset.column) closeNewField();
    newFieldColumn = select.dataset.column;
    document.getElementById('import-new-field-column').textContent = newFieldColumn;
    const label = document.getElementById('import-new-field-label');
    label.value = newFieldColumn.slice(0, 60);
    newField.hidden = false;
    label.focus();
  };
  const selectOf = (column) => [...form.querySelectorAll('select[data-column]')].find((s) => s.dataset.column === column);
  const closeNewField = () => {
    const select = newFieldColumn && selectOf(newFieldColumn);
    if (select && select.value === NEW_FIELD) select.value = '';
    newFieldColumn = null;
    newField.hidden = true;
  };
  const createField = async () => {
    const column = newFieldColumn;
    const button = document.getElementById('import-new-field-create');
    button.disabled = true;
    try {
      const field = await post(text.newFieldUrl, options(), {
        column,
        label: document.getElementById('import-new-field-label').value,
        type: document.getElementById('import-new-field-type').value,
        block: document.getElementById('import-new-field-block').value,
      }, 'column');
      if (!field) return;
      preview.fields.push({ key: field.key, label: field.label, mandatory: field.mandatory });
      const chosen = mapping();
      chosen[column] = field.key;
      newFieldColumn = null;
      newField.hidden = true;
      renderMapping(chosen);
      document.getElementById('import-new-field-status').textContent = text.createdText.replace('{0}', field.label).replace('{1}', column);
      selectOf(column)?.focus();
    } finally {
      button.disabled = false;
    }
  };

  const readFile = async () => {
    check.replaceChildren();
    if (!file.files.length) return;
    const previous = preview ? mapping() : null;
    if (newField) closeNewField();
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
      const run = await post(text.startUrl, options({ mapping: mapping(), defaults: Object.fromEntries(defaults), dryRun, ...duplicates() }));
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

  const saveMapping = async () => {
    saveStatus.textContent = '';
    const data = new FormData();
    data.set('__RequestVerificationToken', form.querySelector('input[name="__RequestVerificationToken"]').value);
    data.set('module', form.querySelector('input[name="module"]').value);
    data.set('name', saveName.value);
    data.set('mapping', JSON.stringify(mapping()));
    data.set('defaults', JSON.stringify(Object.fromEntries(defaults)));
    const response = await fetch(text.saveUrl, { method: 'POST', body: data, credentials: 'same-origin', headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => null);
    if (!response.ok || !body) {
      showErrors(body?.errors ? { name: Object.values(body.errors).flat() } : { name: [text.errorText] });
      return;
    }
    showErrors({});
    preview.saved = [...(preview.saved || []).filter((m) => m.name.toLocaleLowerCase() !== body.name.toLocaleLowerCase()), body]
      .sort((a, b) => a.name.localeCompare(b.name));
    renderSaved(body.name);
    saveStatus.textContent = text.savedText.replace('{0}', body.name);
  };

  document.getElementById('import-default-add').addEventListener('click', () => {
    if (!defaultField.value) return;
    defaults.set(defaultField.value, defaultValue.value);
    defaultValue.value = '';
    renderDefaults();
    form.querySelector(`input[data-default-key="${CSS.escape(defaultField.value)}"]`)?.focus();
  });
  savedSelect.addEventListener('change', () => {
    applySaved(savedSelect.value);
    appliedStatus.textContent = savedSelect.value ? text.chosenText.replace('{0}', savedSelect.value) : '';
  });
  document.getElementById('import-save-button').addEventListener('click', saveMapping);
  if (newField) {
    document.getElementById('import-new-field-create').addEventListener('click', createField);
    document.getElementById('import-new-field-cancel').addEventListener('click', closeNewField);
    document.getElementById('import-new-field-label').addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return;
      e.preventDefault();
      createField();
    });
  }
  file.addEventListener('change', readFile);
  [encoding, delimiter, header].forEach((input) => input.addEventListener('change', readFile));
  buttons[0].addEventListener('click', () => start(true));
  buttons[1].addEventListener('click', () => start(false));
})();
