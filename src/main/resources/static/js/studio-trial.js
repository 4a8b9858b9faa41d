// "Try it": scans of the same form read with the current definition; per scan each field's
// value, confidence and box on the scan's page; the right value typed once where it is wrong
// (the form's test set); accuracy per field and overall. Runs again after every saved edit.
(function () {
  const T = Gyomu.texts();
  const $ = id => document.getElementById(id);
  let report = null;
  let running = null;
  let again = false;

  function percent(value) {
    return value == null ? '-' : (Math.round(value * 1000) / 10) + '%';
  }

  function text(value) {
    if (value === true) return 'true';
    if (value === false) return 'false';
    return value == null ? '' : String(value);
  }

  /** Each field as rows to compare: a table's cells as `name[row].column`. */
  function rowsOf(field) {
    if (field.type === 'table' && Array.isArray(field.value)) {
      const rows = [];
      field.value.forEach((row, r) => Object.entries(row || {}).forEach(([column, v]) =>
        rows.push({ key: field.name + '[' + r + '].' + column, value: v, field })));
      return rows.length ? rows : [{ key: field.name, value: null, field, table: true }];
    }
    return [{ key: field.name, value: field.value, field }];
  }

  /** Stored expected values, with a whole table given as a list flattened into cells. */
  function flatExpected(expected) {
    const flat = {};
    Object.entries(expected || {}).forEach(([k, v]) => {
      if (Array.isArray(v)) {
        v.forEach((row, r) => Object.entries(row || {}).forEach(([c, cell]) => {
          flat[k + '[' + r + '].' + c] = cell;
        }));
      } else {
        flat[k] = v;
      }
    });
    return flat;
  }

  function expectedOf(scanId) {
    const scan = ((Studio.draft && Studio.draft.scans) || []).find(s => s.id === scanId);
    return flatExpected(scan && scan.expected);
  }

  function status(message) {
    $('trial-status').textContent = message;
  }

  async function runTrial() {
    if (!((Studio.draft && Studio.draft.scans) || []).length) return;
    if (running) {
      again = true;
      return running;
    }
    status(T['trial.running']);
    running = (async () => {
      try {
        show(await Gyomu.api(Studio.path('/trial'), { method: 'POST' }));
        status(T['trial.done']);
      } catch (e) {
        status(Studio.problemText(e));
      } finally {
        running = null;
      }
      if (again) {
        again = false;
        await runTrial();
      }
    })();
    return running;
  }

  async function refreshDraft() {
    Studio.draft = Object.assign(Studio.draft, await Gyomu.api(Studio.path()));
  }

  async function upload(files) {
    if (!files.length) return;
    const form = new FormData();
    files.forEach(f => form.append('file', f));
    $('trial-submit').disabled = true;
    status(Gyomu.format(T['trial.uploading'], files.length));
    const hadScans = ((Studio.draft && Studio.draft.scans) || []).length > 0;
    try {
      const answer = await Gyomu.api(Studio.path('/scans'), { form });
      await refreshDraft();
      if (hadScans) {
        await runTrial();
      } else {
        show(answer);
        status(T['trial.done']);
      }
      $('trial-files').value = '';
    } catch (e) {
      status(Studio.problemText(e));
    } finally {
      $('trial-submit').disabled = false;
    }
  }

  function show(answer) {
    report = answer;
    renderTotals();
    const holder = $('scans');
    holder.replaceChildren();
    (report.files || []).forEach((file, i) => holder.appendChild(scanCard(file, i)));
    const pub = $('publish-accuracy');
    if (pub) pub.textContent = accuracyText();
    document.dispatchEvent(new CustomEvent('studio-trial', { detail: report }));
  }

  function accuracyText() {
    const t = report && report.totals;
    return t && t.accuracy != null
      ? Gyomu.format(T['trial.accuracy'], percent(t.accuracy), t.right, t.compared)
      : T['trial.noexpected'];
  }

  function renderTotals() {
    $('accuracy-overall').textContent = accuracyText();
    const body = document.querySelector('#accuracy-fields tbody');
    body.replaceChildren();
    Object.entries((report.totals && report.totals.perField) || {}).forEach(([name, tally]) => {
      const row = document.createElement('tr');
      [name, tally.right + ' / ' + tally.compared,
        percent(tally.compared ? tally.right / tally.compared : null)].forEach((v, c) => {
        const td = document.createElement('td');
        td.textContent = v;
        if (c > 0) td.className = 'num';
        row.appendChild(td);
      });
      if (tally.right < tally.compared) row.className = 'wrong';
      body.appendChild(row);
    });
  }

  function scanCard(file, index) {
    const card = document.createElement('article');
    card.className = 'scan';
    card.id = 'scan-' + index;
    const heading = document.createElement('h3');
    heading.textContent = file.file + (file.compared ? ' — ' + Gyomu.format(T['trial.scanright'],
      file.right, file.compared) : '');
    card.appendChild(heading);
    if (file.error) {
      card.appendChild(Object.assign(document.createElement('p'),
        { className: 'error', textContent: file.error }));
      return card;
    }
    const grid = document.createElement('div');
    grid.className = 'scan-grid';
    const imageBox = document.createElement('div');
    const pageSize = (file.pages || [])[0] || { width: 1, height: 1 };
    const view = new StudioView.PageView(imageBox, {
      src: Studio.path('/scans/' + encodeURIComponent(file.scanId) + '/pages/1.png'),
      width: pageSize.width, height: pageSize.height,
      alt: Gyomu.format(T['trial.pagealt'], file.file)
    });
    const boxesFor = selected => (file.fields || [])
      .filter(f => f.box && (f.page || 1) === 1)
      .map(f => ({ box: f.box, kind: f.verdict === 'WRONG' ? 'wrong' : f.verdict === 'RIGHT' ? 'right' : 'read',
        selected: f.name === selected, title: f.name + ': ' + text(f.value) }));
    view.showBoxes(boxesFor(null));
    grid.appendChild(imageBox);
    grid.appendChild(valuesForm(file, index, name => view.showBoxes(boxesFor(name))));
    card.appendChild(grid);
    return card;
  }

  function valuesForm(file, index, highlight) {
    const form = document.createElement('form');
    form.className = 'values';
    form.noValidate = true;
    const table = document.createElement('table');
    table.className = 'compact';
    const caption = document.createElement('caption');
    caption.textContent = Gyomu.format(T['trial.values'], file.file);
    table.appendChild(caption);
    const head = document.createElement('tr');
    ['col.field', 'col.value', 'col.confidence', 'col.verdict', 'col.expected'].forEach(k => {
      const th = document.createElement('th');
      th.textContent = T['trial.' + k];
      head.appendChild(th);
    });
    table.appendChild(Object.assign(document.createElement('thead'))).appendChild(head);
    const body = document.createElement('tbody');
    const expected = expectedOf(file.scanId);
    const inputs = [];
    (file.fields || []).forEach(f => rowsOf(f).forEach(r => {
      const row = document.createElement('tr');
      const name = document.createElement('th');
      name.scope = 'row';
      name.textContent = r.key;
      name.title = f.label || '';
      const value = document.createElement('td');
      value.textContent = text(r.value);
      const confidence = document.createElement('td');
      confidence.className = 'num';
      confidence.textContent = f.confidence == null ? '-' : Math.round(f.confidence);
      const verdict = document.createElement('td');
      verdict.textContent = f.verdict ? T['verdict.' + f.verdict]
        : (f.status ? T['status.' + f.status] || f.status : '');
      if (f.verdict === 'WRONG') row.className = 'wrong';
      const cell = document.createElement('td');
      const id = 'expected-' + index + '-' + r.key.replace(/[^A-Za-z0-9]/g, '_');
      const input = document.createElement('input');
      input.type = 'text';
      input.id = id;
      input.dataset.key = r.key;
      input.dataset.read = text(r.value);
      input.value = r.key in expected ? text(expected[r.key]) : text(r.value);
      input.setAttribute('aria-label', Gyomu.format(T['trial.expectedfor'], r.key, file.file));
      const mark = () => input.classList.toggle('corrected', input.value !== input.dataset.read);
      input.addEventListener('input', mark);
      input.addEventListener('focus', () => highlight(f.name));
      mark();
      inputs.push(input);
      cell.appendChild(input);
      row.append(name, value, confidence, verdict, cell);
      body.appendChild(row);
    }));
    table.appendChild(body);
    form.appendChild(table);
    const button = document.createElement('button');
    button.type = 'submit';
    button.className = 'save-expected';
    button.textContent = T['trial.saveexpected'];
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = T['trial.remove'];
    remove.setAttribute('aria-label', Gyomu.format(T['trial.removefor'], file.file));
    remove.addEventListener('click', () => removeScan(file));
    const note = document.createElement('p');
    note.className = 'status-line';
    note.setAttribute('role', 'status');
    form.append(button, remove, note);
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const values = {};
      inputs.forEach(i => { if (i.value.trim() !== '') values[i.dataset.key] = i.value.trim(); });
      button.disabled = true;
      note.textContent = T['saving'];
      try {
        await Gyomu.api(Studio.path('/scans/' + encodeURIComponent(file.scanId) + '/expected'),
          { method: 'PUT', json: values });
        await refreshDraft();
        await runTrial();
      } catch (e) {
        note.textContent = Studio.problemText(e);
        button.disabled = false;
      }
    });
    return form;
  }

  async function removeScan(file) {
    try {
      await Gyomu.api(Studio.path('/scans/' + encodeURIComponent(file.scanId)), { method: 'DELETE' });
      await refreshDraft();
      if (Studio.draft.scans.length) await runTrial();
      else { report = null; $('scans').replaceChildren(); }
    } catch (e) {
      status(Studio.problemText(e));
    }
  }

  Studio.trial = { run: runTrial, report: () => report };

  document.addEventListener('DOMContentLoaded', () => {
    const zone = $('trial-form');
    zone.addEventListener('submit', event => {
      event.preventDefault();
      upload([...$('trial-files').files]);
    });
    zone.addEventListener('dragover', e => { e.preventDefault(); zone.classList.add('dragging'); });
    zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
    zone.addEventListener('drop', e => {
      e.preventDefault();
      zone.classList.remove('dragging');
      upload([...e.dataTransfer.files]);
    });
    $('trial-rerun').addEventListener('click', runTrial);
    Studio.events.addEventListener('loaded', runTrial);
    Studio.events.addEventListener('saved', runTrial);
  });
})();
