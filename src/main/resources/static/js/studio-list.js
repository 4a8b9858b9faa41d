// The studio's list page: forms being defined, document types in use (open one to edit it in
// the studio), and a new form from a filled sample (file picker or drag and drop).
(function () {
  const T = Gyomu.texts();
  const $ = id => document.getElementById(id);

  function cell(row, text, className) {
    const td = document.createElement('td');
    if (className) td.className = className;
    if (text instanceof Node) td.appendChild(text); else td.textContent = text == null ? '' : text;
    row.appendChild(td);
    return td;
  }

  function link(href, text) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  }

  function percent(value) {
    return value == null ? '-' : (Math.round(value * 1000) / 10) + '%';
  }

  function problemText(error) {
    if (error instanceof Gyomu.ApiError) {
      const p = error.problem;
      const details = (p.errors || []).map(e => e.detail || e.message || JSON.stringify(e));
      const first = p.detail || p.title || error.message;
      return [first].concat(details.filter(d => !first.includes(d))).join(' ');
    }
    return T['error.network'];
  }

  async function load() {
    let drafts = [];
    let types = [];
    try {
      [drafts, types] = await Promise.all([
        Gyomu.api('/api/form-drafts'),
        Gyomu.api('/api/document-types')]);
    } catch (e) {
      $('list-error').textContent = problemText(e);
    }
    const draftBody = document.querySelector('#drafts tbody');
    draftBody.replaceChildren();
    drafts.forEach(d => {
      const row = document.createElement('tr');
      cell(row, link('/studio/' + encodeURIComponent(d.id), d.id));
      cell(row, d.name && typeof d.name === 'object' ? (d.name.ja || d.name.en) : d.name);
      cell(row, d.fields, 'num');
      cell(row, d.scans, 'num');
      cell(row, percent(d.accuracy), 'num');
      cell(row, d.published ? T['published.yes'] : T['published.no']);
      cell(row, d.updatedAt
        ? new Date(d.updatedAt).toLocaleString(document.documentElement.lang || undefined) : '');
      draftBody.appendChild(row);
    });
    $('drafts-empty').hidden = drafts.length > 0;
    const draftIds = new Set(drafts.map(d => d.id));
    const typeBody = document.querySelector('#types tbody');
    typeBody.replaceChildren();
    types.forEach(t => {
      const row = document.createElement('tr');
      cell(row, t.id);
      cell(row, t.name ? t.name.ja : '');
      cell(row, t.fieldCount, 'num');
      if (draftIds.has(t.id)) {
        cell(row, link('/studio/' + encodeURIComponent(t.id), T['open']));
      } else {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = T['edit'];
        button.setAttribute('aria-label', Gyomu.format(T['edit.type'], t.id));
        button.addEventListener('click', () => openType(t.id, button));
        cell(row, button);
      }
      typeBody.appendChild(row);
    });
  }

  async function openType(id, button) {
    button.disabled = true;
    try {
      const draft = await Gyomu.api('/api/form-drafts/from-type/' + encodeURIComponent(id),
        { method: 'POST' });
      window.location.assign('/studio/' + encodeURIComponent(draft.id));
    } catch (e) {
      $('list-error').textContent = problemText(e);
      button.disabled = false;
    }
  }

  async function createDraft(event) {
    event.preventDefault();
    const sample = $('sample-file').files[0];
    if (!sample) {
      $('new-status').textContent = T['new.nosample'];
      $('sample-file').focus();
      return;
    }
    const form = new FormData();
    form.append('sample', sample);
    if ($('blank-file').files[0]) form.append('blank', $('blank-file').files[0]);
    $('new-submit').disabled = true;
    $('new-status').textContent = T['new.reading'];
    try {
      const draft = await Gyomu.api('/api/form-drafts', { form });
      window.location.assign('/studio/' + encodeURIComponent(draft.id));
    } catch (e) {
      $('new-status').textContent = problemText(e);
      $('new-submit').disabled = false;
    }
  }

  // a file dropped on the form: the first is the filled sample, a second the blank form
  function dropFiles(event) {
    event.preventDefault();
    $('new-form').classList.remove('dragging');
    const files = [...event.dataTransfer.files];
    if (files.length === 0) return;
    const put = (input, file) => {
      const transfer = new DataTransfer();
      transfer.items.add(file);
      input.files = transfer.files;
    };
    put($('sample-file'), files[0]);
    if (files[1]) put($('blank-file'), files[1]);
    $('new-status').textContent = Gyomu.format(T['new.dropped'], files.map(f => f.name).join(', '));
  }

  document.addEventListener('DOMContentLoaded', () => {
    const zone = $('new-form');
    zone.addEventListener('submit', createDraft);
    zone.addEventListener('dragover', e => { e.preventDefault(); zone.classList.add('dragging'); });
    zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
    zone.addEventListener('drop', dropFiles);
    load();
  });
})();
