// The registry editor (/registry): lists, searches and sorts the business tasks from the registry
// API; analysts and administrators also add, edit, change status, set targets and import. The
// server leaves the edit controls out for everyone else (the API refuses them anyway).
(function () {
  'use strict';

  const T = Gyomu.texts();
  const data = JSON.parse(document.getElementById('registry-data').textContent);
  const canEdit = data.canEdit;
  const $ = id => document.getElementById(id);
  const STATUS_ORDER = Object.keys(T.status);
  const state = { tasks: [], sort: 'code', direction: 1, query: '', status: '', typeIds: new Set() };
  const collator = new Intl.Collator(T.language === 'en' ? 'en' : 'ja', { numeric: true });

  /** An element with attributes and children (strings become text, never markup). */
  function el(tag, attributes, ...children) {
    const element = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (value === null || value === undefined || value === false) {
        return;
      }
      if (name === 'className') {
        element.className = value;
      } else if (name.startsWith('on')) {
        element.addEventListener(name.substring(2), value);
      } else {
        element.setAttribute(name, value === true ? '' : value);
      }
    });
    children.flat().forEach(child => {
      if (child !== null && child !== undefined) {
        element.append(child instanceof Node ? child : String(child));
      }
    });
    return element;
  }

  function say(target, text, isError) {
    target.textContent = text || '';
    target.classList.toggle('error', !!isError);
    target.classList.toggle('notice', !isError);
  }

  function problemText(error) {
    if (error instanceof Gyomu.ApiError) {
      return error.message;
    }
    return error && error.message ? error.message : String(error);
  }

  const displayName = task =>
    (T.language === 'en' && task.name_en) ? task.name_en : task.name_ja;

  // ---- the list ----

  async function loadTasks() {
    try {
      state.tasks = await Gyomu.api('/api/automation-tasks');
    } catch (error) {
      say($('registry-message'), Gyomu.format(T.loadFailed, problemText(error)), true);
      return;
    }
    renderRows();
  }

  async function loadDocumentTypes() {
    if (!canEdit) {
      return;
    }
    try {
      const types = await Gyomu.api('/api/document-types');
      state.typeIds = new Set(types.map(t => t.id));
      renderRows();
    } catch (error) {
      // without the document types there are no studio links; the rest of the page works
    }
  }

  function matches(task) {
    if (state.status && task.status !== state.status) {
      return false;
    }
    if (!state.query) {
      return true;
    }
    const haystack = [task.code, task.name_ja, task.name_en, task.department, task.division]
      .filter(Boolean).join('\n').toLowerCase();
    return state.query.split(/\s+/).every(word => haystack.includes(word));
  }

  function sortValue(task, key) {
    switch (key) {
      case 'name': return displayName(task);
      case 'status': return STATUS_ORDER.indexOf(task.status);
      case 'technology': return T.technology[task.technology];
      default: return task[key];
    }
  }

  function compare(a, b) {
    const x = sortValue(a, state.sort);
    const y = sortValue(b, state.sort);
    if (x === y) {
      return collator.compare(a.code, b.code);
    }
    // empty values (no go-live date) go last whichever the direction
    if (x === null || x === undefined || x === '') {
      return 1;
    }
    if (y === null || y === undefined || y === '') {
      return -1;
    }
    const order = typeof x === 'number' ? x - y : collator.compare(String(x), String(y));
    return order * state.direction;
  }

  function processLinks(task) {
    const links = [];
    if (task.process_key) {
      const definition = data.cockpit[task.process_key];
      links.push(definition
        ? el('a', {
          // definition ids are key:version:uuid, all safe in a fragment, as Cockpit links them
          href: '/camunda/app/cockpit/default/#/process-definition/' + definition + '/runtime',
          className: 'cockpit-link'
        }, T.cockpit)
        : el('span', { className: 'muted' }, T.notDeployed));
      if (state.typeIds.has(task.process_key)) {
        links.push(el('a', {
          href: '/studio/' + encodeURIComponent(task.process_key), className: 'studio-link'
        }, T.studio));
      }
    } else {
      links.push(el('span', { className: 'muted' }, T.noProcess));
    }
    return links;
  }

  function renderRows() {
    const shown = state.tasks.filter(matches).sort(compare);
    const rows = shown.map(task => {
      const other = T.language === 'en' ? task.name_ja : task.name_en;
      const actions = [el('button', {
        type: 'button', className: 'details', 'data-code': task.code,
        'aria-label': T.details + ' ' + task.code, onclick: () => openDetails(task.code)
      }, T.details)];
      if (canEdit) {
        actions.push(el('button', {
          type: 'button', className: 'edit', 'data-code': task.code,
          'aria-label': T.edit + ' ' + task.code, onclick: () => openTaskForm(task)
        }, T.edit));
      }
      return el('tr', { 'data-code': task.code },
        el('td', { className: 'nowrap code' }, task.code),
        el('td', { className: 'name' }, displayName(task),
          other && other !== displayName(task) ? [el('br'), el('small', {}, other)] : null),
        el('td', {}, task.department,
          task.division ? [el('br'), el('small', {}, task.division)] : null),
        el('td', { className: 'nowrap' }, T.technology[task.technology]),
        el('td', {}, el('span', { className: 'status s-' + task.status }, T.status[task.status])),
        el('td', { className: 'nowrap' }, task.go_live_date || ''),
        el('td', { className: 'num' }, task.baseline_minutes.toLocaleString()),
        el('td', { className: 'num' }, task.expected_annual_cases.toLocaleString()),
        el('td', { className: 'links' }, processLinks(task)),
        el('td', { className: 'actions' }, actions));
    });
    if (rows.length === 0) {
      rows.push(el('tr', {}, el('td', { colspan: 10, className: 'muted' }, T.empty)));
    }
    $('registry-rows').replaceChildren(...rows);
    $('registry-count').textContent = Gyomu.format(T.count, shown.length, state.tasks.length);
  }

  function sortBy(th) {
    const key = th.dataset.sort;
    state.direction = state.sort === key ? -state.direction : 1;
    state.sort = key;
    document.querySelectorAll('#registry-table th[data-sort]').forEach(other => {
      if (other === th) {
        other.setAttribute('aria-sort', state.direction === 1 ? 'ascending' : 'descending');
      } else {
        other.removeAttribute('aria-sort');
      }
    });
    renderRows();
  }

  // ---- details, history and status changes ----

  let current = null;

  async function openDetails(code) {
    let task;
    let history;
    try {
      [task, history] = await Promise.all([
        Gyomu.api('/api/automation-tasks/' + encodeURIComponent(code)),
        Gyomu.api('/api/automation-tasks/' + encodeURIComponent(code) + '/history')
      ]);
    } catch (error) {
      say($('registry-message'), problemText(error), true);
      return;
    }
    current = task;
    $('detail-title').textContent = task.code + ' ' + displayName(task);
    const fields = Object.keys(T.field).flatMap(field => {
      let value = task[field];
      if (field === 'status') {
        value = T.status[value];
      } else if (field === 'technology') {
        value = T.technology[value];
      }
      return [el('dt', {}, T.field[field]),
        el('dd', { 'data-field': field }, value === null || value === undefined ? '-' : value)];
    });
    $('detail-fields').replaceChildren(...fields);
    $('detail-links').replaceChildren(...processLinks(task));
    renderHistory(history);
    if (canEdit) {
      resetStatusForm(task);
    }
    const dialog = $('detail-dialog');
    if (!dialog.open) {
      dialog.showModal();
    }
  }

  function renderHistory(history) {
    const rows = history.slice().reverse().map(change => el('tr', {},
      el('td', { className: 'nowrap' }, change.changed_at.substring(0, 10)),
      el('td', {}, change.from
        ? [el('span', { className: 'status s-' + change.from }, T.status[change.from]), ' → ']
        : [T.initial, ': '],
      el('span', { className: 'status s-' + change.to }, T.status[change.to])),
      el('td', { className: 'history-note' }, change.note || ''),
      el('td', {}, change.changed_by),
      el('td', { className: 'nowrap' }, change.recorded_at.substring(0, 16).replace('T', ' '))));
    $('history-rows').replaceChildren(...rows);
  }

  function clearErrors(form) {
    form.querySelectorAll('.field-error').forEach(e => { e.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
    form.querySelector('.form-error').textContent = '';
  }

  /** Puts each of the problem's errors at its field; answers whether any found its place. */
  function showErrors(form, error, fieldIds) {
    const problems = (error instanceof Gyomu.ApiError && error.problem.errors) || [];
    let first = null;
    const unplaced = [];
    problems.forEach(problem => {
      const id = fieldIds[problem.field];
      const input = id && $(id);
      if (!input) {
        unplaced.push((problem.field ? problem.field + ': ' : '') + problem.message);
        return;
      }
      input.setAttribute('aria-invalid', 'true');
      const slot = $(id + '-error');
      slot.textContent = slot.textContent ? slot.textContent + ' / ' + problem.message
        : problem.message;
      first = first || input;
    });
    const formError = form.querySelector('.form-error');
    if (first) {
      formError.textContent = [T.fixFields].concat(unplaced).join(' ');
      first.focus();
    } else {
      formError.textContent = unplaced.length ? unplaced.join(' ') : problemText(error);
    }
  }

  function resetStatusForm(task) {
    const form = $('status-form');
    clearErrors(form);
    form.reset();
    const select = $('status-new');
    [...select.options].forEach(option => { option.disabled = option.value === task.status; });
    const next = STATUS_ORDER[STATUS_ORDER.indexOf(task.status) + 1] || STATUS_ORDER[0];
    select.value = next === task.status ? STATUS_ORDER.find(s => s !== task.status) : next;
    $('status-date').value = data.today;
  }

  async function changeStatus(event) {
    event.preventDefault();
    const form = event.target;
    clearErrors(form);
    const code = current.code;
    const status = $('status-new').value;
    try {
      await Gyomu.api('/api/automation-tasks/' + encodeURIComponent(code) + '/status-changes', {
        method: 'POST',
        json: {
          status,
          effective_date: $('status-date').value || null,
          note: $('status-note').value.trim() || null
        }
      });
    } catch (error) {
      showErrors(form, error,
        { status: 'status-new', effective_date: 'status-date', note: 'status-note' });
      return;
    }
    say($('registry-message'), Gyomu.format(T.statusChanged, code, T.status[status]));
    await loadTasks();
    await openDetails(code);
  }

  // ---- adding and editing a task ----

  const TASK_FIELDS = Object.keys(T.field);
  const NUMBERS = ['baseline_minutes', 'expected_annual_cases'];
  let editing = null;

  function openTaskForm(task) {
    const form = $('task-form');
    clearErrors(form);
    form.reset();
    editing = task ? task.code : null;
    $('task-title').textContent = task ? Gyomu.format(T.editTitle, task.code) : T.addTitle;
    $('f-code').readOnly = !!task;
    $('f-status').disabled = !!task;
    $('f-status-help').hidden = !task;
    if (task) {
      TASK_FIELDS.forEach(field => {
        const value = task[field];
        $('f-' + field).value = value === null || value === undefined ? '' : value;
      });
    }
    $('detail-dialog').close();
    $('task-dialog').showModal();
    (task ? $('f-name_ja') : $('f-code')).focus();
  }

  function formTask() {
    const task = {};
    TASK_FIELDS.forEach(field => {
      const value = $('f-' + field).value.trim();
      if (NUMBERS.includes(field)) {
        task[field] = value === '' ? null : Number(value);
      } else {
        task[field] = value === '' ? null : value;
      }
    });
    return task;
  }

  async function saveTask(event) {
    event.preventDefault();
    const form = event.target;
    clearErrors(form);
    const task = formTask();
    const code = editing || task.code;
    try {
      if (editing) {
        await Gyomu.api('/api/automation-tasks/' + encodeURIComponent(editing),
          { method: 'PUT', json: task });
      } else {
        await Gyomu.api('/api/automation-tasks', { method: 'POST', json: task });
      }
    } catch (error) {
      const ids = {};
      TASK_FIELDS.forEach(field => { ids[field] = 'f-' + field; });
      showErrors(form, error, ids);
      return;
    }
    $('task-dialog').close();
    say($('registry-message'), Gyomu.format(editing ? T.saved : T.created, code));
    await loadTasks();
    const row = document.querySelector('#registry-rows tr[data-code="' + CSS.escape(code) + '"]');
    if (row) {
      row.classList.add('just-saved');
      row.querySelector('button.details').focus();
    }
  }

  // ---- targets per fiscal year ----

  async function loadTargets() {
    const rows = await Promise.all(data.years.map(async year => {
      let count = null;
      try {
        count = (await Gyomu.api('/api/automation-targets/' + year.year)).task_count;
      } catch (error) {
        count = null;
      }
      const cell = canEdit ? targetEditor(year, count)
        : (count === null ? el('span', { className: 'muted' }, T.targetNone) : count);
      return el('tr', { 'data-year': year.year },
        el('th', { scope: 'row' }, year.label), el('td', { className: 'num' }, cell));
    }));
    $('target-rows').replaceChildren(...rows);
  }

  function targetEditor(year, count) {
    const id = 'target-' + year.year;
    const input = el('input', {
      id, type: 'number', min: 0, step: 1, inputmode: 'numeric',
      value: count === null ? '' : count, placeholder: T.targetNone,
      'aria-label': Gyomu.format(T.targetLabel, year.label)
    });
    const form = el('form', { className: 'target-form', novalidate: true }, input,
      el('button', { type: 'submit', 'aria-label': Gyomu.format(T.targetSave, year.label) },
        T.save));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const value = input.value.trim();
      try {
        await Gyomu.api('/api/automation-targets/' + year.year, {
          method: 'PUT', json: { task_count: value === '' ? null : Number(value) }
        });
      } catch (error) {
        input.setAttribute('aria-invalid', 'true');
        const problems = (error.problem && error.problem.errors) || [];
        say($('target-message'), year.label + ': '
          + (problems.length ? problems.map(p => p.message).join(' ') : problemText(error)), true);
        return;
      }
      input.removeAttribute('aria-invalid');
      say($('target-message'), Gyomu.format(T.targetSaved, year.label, value));
    });
    return form;
  }

  // ---- import ----

  function formatOf(name) {
    const lower = name.toLowerCase();
    if (lower.endsWith('.csv')) {
      return { format: 'csv', type: 'text/csv' };
    }
    if (lower.endsWith('.yaml') || lower.endsWith('.yml')) {
      return { format: 'yaml', type: 'application/yaml' };
    }
    return null;
  }

  async function importFile(file) {
    const message = $('import-message');
    const errors = $('import-errors');
    errors.hidden = true;
    $('import-error-rows').replaceChildren();
    const kind = formatOf(file.name);
    if (!kind) {
      say(message, T.importWrongFile, true);
      return;
    }
    say(message, Gyomu.format(T.importReading, file.name));
    let result;
    try {
      result = await Gyomu.api('/api/automation-tasks/import?format=' + kind.format, {
        method: 'POST', body: file, headers: { 'Content-Type': kind.type }
      });
    } catch (error) {
      const problems = (error instanceof Gyomu.ApiError && error.problem.errors) || [];
      if (!problems.length) {
        say(message, problemText(error), true);
        return;
      }
      say(message, Gyomu.format(T.importFailed, file.name, problems.length), true);
      $('import-error-rows').replaceChildren(...problems.map(p => el('tr', {},
        el('td', { className: 'num' }, p.row ? p.row : '-'),
        el('td', {}, p.field
          ? (T.field[p.field] ? T.field[p.field] + ' (' + p.field + ')' : p.field)
          : T.wholeFile),
        el('td', {}, p.message))));
      errors.hidden = false;
      return;
    } finally {
      $('import-file').value = '';
    }
    say(message, Gyomu.format(T.importDone, file.name, result.created, result.updated));
    await loadTasks();
  }

  function setUpImport() {
    const zone = $('import-drop');
    $('import-file').addEventListener('change', event => {
      if (event.target.files.length) {
        importFile(event.target.files[0]);
      }
    });
    zone.addEventListener('dragover', event => {
      event.preventDefault();
      zone.classList.add('dragging');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
    zone.addEventListener('drop', event => {
      event.preventDefault();
      zone.classList.remove('dragging');
      if (event.dataTransfer.files.length) {
        importFile(event.dataTransfer.files[0]);
      }
    });
  }

  // ---- wiring ----

  function start() {
    $('registry-search').addEventListener('input', event => {
      state.query = event.target.value.trim().toLowerCase();
      renderRows();
    });
    $('registry-status-filter').addEventListener('change', event => {
      state.status = event.target.value;
      renderRows();
    });
    document.querySelectorAll('#registry-table th[data-sort] button')
      .forEach(button => button.addEventListener('click', () => sortBy(button.parentElement)));
    document.querySelectorAll('dialog [data-close]')
      .forEach(button => button.addEventListener('click', () => button.closest('dialog').close()));
    if (canEdit) {
      $('registry-add').addEventListener('click', () => openTaskForm(null));
      $('task-form').addEventListener('submit', saveTask);
      $('status-form').addEventListener('submit', changeStatus);
      $('detail-edit').addEventListener('click', () => openTaskForm(current));
      setUpImport();
    }
    loadTasks().then(loadDocumentTypes);
    loadTargets();
  }

  document.addEventListener('DOMContentLoaded', start);
})();
