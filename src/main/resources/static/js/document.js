// One document in the documents console: its facts, case, fields, pages, text, history and the
// action its state allows, each confirmed in a dialog. Everything through /api/documents.
(function () {
  const text = Gyomu.texts();
  const root = document.getElementById('document-page');
  const id = root.dataset.id;
  const lang = document.documentElement.lang || 'ja';
  const api = '/api/documents/' + id;
  const ENDPOINTS = {
    ASSIGN_TYPE: { method: 'PATCH', path: '' },
    RETRY: { method: 'POST', path: '/retry' },
    RELEASE: { method: 'POST', path: '/release' },
    RELEASE_OVERRIDE: { method: 'POST', path: '/release-override' },
    ACCEPT_DUPLICATE: { method: 'POST', path: '/accept-duplicate' },
  };
  let current = null;
  let pendingAction = null;
  let poll = null;

  const $ = i => document.getElementById(i);
  const el = (tag, attrs = {}, children = []) => {
    const e = document.createElement(tag);
    Object.entries(attrs).forEach(([k, v]) => {
      if (k === 'text') e.textContent = v; else if (k === 'className') e.className = v; else e.setAttribute(k, v);
    });
    children.forEach(c => e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c));
    return e;
  };
  const when = iso => (iso ? new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'ja-JP') : '');
  const statusName = s => text['status.' + s] || s;
  const statusBadge = s => el('span', { className: 'doc-status s-' + s, text: statusName(s) });
  const typeName = t => (t ? (text.types[t] ? text.types[t] + ' (' + t + ')' : t) : text.notype);
  const fill = (target, value) => {
    const dd = $(target);
    dd.replaceChildren(...(value == null ? [] : [value]));
    // a fact the document does not have is left out, with its term
    dd.hidden = value == null;
    dd.previousElementSibling.hidden = value == null;
  };

  function problemText(e) {
    return e instanceof Gyomu.ApiError ? Gyomu.format(text['error.generic'], e.message) : text['error.network'];
  }

  function render(details) {
    const d = details.document;
    current = d;
    $('doc-name').textContent = d.originalName;
    $('doc-status').replaceChildren(statusBadge(d.status));
    document.title = d.originalName + ' - Gyomu';
    fill('fact-status', statusBadge(d.status));
    fill('fact-type', document.createTextNode(typeName(d.type)));
    fill('fact-source', document.createTextNode(text['source.' + d.source] || d.source));
    fill('fact-received', document.createTextNode(when(d.createdAt)));
    fill('fact-updated', document.createTextNode(when(d.updatedAt)));
    fill('fact-pages', document.createTextNode(d.pages == null ? '' : String(d.pages)));
    fill('fact-confidence', document.createTextNode(d.meanConfidence == null ? '' : d.meanConfidence.toFixed(1)));
    fill('fact-size', document.createTextNode(Gyomu.format(text.bytes, d.sizeBytes.toLocaleString(), d.mediaType || '')));
    fill('fact-error', d.error ? el('span', { className: 'error', text: d.error }) : null);
    fill('fact-duplicate', d.duplicateOf ? el('a', { href: '/documents/' + d.duplicateOf, text: d.duplicateOf }) : null);
    renderCase(details.caseState);
    const read = d.meanConfidence != null;
    $('link-pdf').hidden = !read;
    $('link-text').hidden = !read;
    renderActions(d);
    renderFields(d);
    renderEvents(details.events);
    renderAudit(details.actions);
    $('doc-message').textContent = d.status === 'RECEIVED' ? text.loading : '';
  }

  function renderCase(c) {
    if (!c) { fill('fact-case', null); return; }
    const parts = [
      el('span', { text: text['case.' + c.state] || c.state }), ' ',
      el('a', { id: 'link-cockpit', href: '/camunda/app/cockpit/default/#/process-instance/' + c.processInstanceId + '/runtime', text: 'Cockpit' }),
    ];
    const tasks = el('ul', { className: 'case-tasks' });
    c.openTasks.forEach(t => tasks.appendChild(el('li', {}, [
      el('a', { className: 'tasklist-link', href: '/camunda/app/tasklist/default/#/?task=' + encodeURIComponent(t.id), text: 'Tasklist: ' + (t.name || t.id) }),
    ])));
    if (c.openTasks.length === 0) tasks.appendChild(el('li', { className: 'muted', text: text['case.noTasks'] }));
    $('fact-case').replaceChildren(...parts, tasks);
  }

  function renderActions(d) {
    let any = false;
    document.querySelectorAll('#actions .action').forEach(a => {
      a.hidden = a.dataset.for !== d.status;
      any = any || !a.hidden;
    });
    $('actions').hidden = !any;
  }

  function renderFields(d) {
    const body = document.querySelector('#fields-table tbody');
    const fields = d.fields ? Object.entries(d.fields) : [];
    body.replaceChildren(...fields.map(([name, f]) => el('tr', {}, [
      el('th', { scope: 'row', text: f.label || name }),
      el('td', { text: Array.isArray(f.value) ? Gyomu.format(text['field.table'], f.value.length) : (f.value == null ? '' : String(f.value)) }),
      el('td', { className: 'num', text: f.confidence == null ? '' : Number(f.confidence).toFixed(1) }),
      el('td', { text: (text['field.status.' + f.status] || f.status || '') + ((f.reasonText || f.reason) ? ' — ' + (f.reasonText || f.reason) : '') }),
    ])));
    $('fields-table').hidden = fields.length === 0;
    $('fields-none').hidden = fields.length > 0;
    $('checks').replaceChildren(...(d.checks || []).map(c => el('li', { className: 'error', text: c.reason })));
  }

  function renderEvents(events) {
    document.querySelector('#events-table tbody').replaceChildren(...events.slice().reverse().map(e => el('tr', {}, [
      el('td', { className: 'nowrap', text: when(e.at) }),
      el('td', {}, [statusBadge(e.status)]),
      el('td', { text: e.reason || '' }),
    ])));
  }

  function renderAudit(actions) {
    document.querySelector('#actions-table tbody').replaceChildren(...actions.slice().reverse().map(a => el('tr', {}, [
      el('td', { className: 'nowrap', text: when(a.at) }),
      el('td', { text: a.actor }),
      el('td', { text: text['action.' + a.action] || a.action }),
      el('td', {}, [statusBadge(a.fromStatus)]),
      el('td', { text: a.detail || '' }),
    ])));
  }

  function renderPages(d) {
    const box = $('page-images');
    if (!d.pages || d.meanConfidence == null) {
      box.replaceChildren(el('p', { className: 'note', text: text.noPages }));
      return;
    }
    const images = [];
    for (let n = 1; n <= d.pages; n++) {
      const img = el('img', { src: api + '/pages/' + n + '.png?v=' + encodeURIComponent(d.updatedAt), alt: Gyomu.format(text.page, n), loading: n > 3 ? 'lazy' : 'eager' });
      img.addEventListener('error', () => img.closest('figure').remove());
      images.push(el('figure', {}, [el('a', { href: img.src, target: '_blank', rel: 'noopener' }, [img]), el('figcaption', { text: Gyomu.format(text.page, n) })]));
    }
    box.replaceChildren(...images);
  }

  async function loadText(d) {
    const pre = $('doc-text');
    if (d.meanConfidence == null) { pre.textContent = text.noText; return; }
    try {
      pre.textContent = await Gyomu.api(api + '/text', { headers: { Accept: 'text/plain' } });
    } catch (e) {
      pre.textContent = text.noText;
    }
  }

  async function load() {
    try {
      const details = await Gyomu.api(api);
      const changed = !current || current.updatedAt !== details.document.updatedAt;
      render(details);
      if (changed) {
        renderPages(details.document);
        loadText(details.document);
      }
      clearTimeout(poll);
      // while it is read again, follow it until it settles
      if (details.document.status === 'RECEIVED') poll = setTimeout(load, 2000);
    } catch (e) {
      $('doc-message').textContent = problemText(e);
      $('doc-message').classList.add('error');
    }
  }

  function ask(action) {
    let body = {};
    if (action === 'ASSIGN_TYPE') {
      const type = $('assign-type').value;
      if (!type) { $('assign-type').focus(); $('action-hint').textContent = text.chooseType; return; }
      body.type = type;
    }
    pendingAction = { action, body };
    $('confirm-text').textContent = Gyomu.format(text['confirm.' + action], current.originalName, typeName(body.type));
    $('confirm-comment').value = '';
    $('confirm-error').textContent = '';
    $('confirm').showModal();
  }

  async function perform(event) {
    event.preventDefault();
    const { action, body } = pendingAction;
    const endpoint = ENDPOINTS[action];
    const comment = $('confirm-comment').value.trim();
    if (comment) body.comment = comment;
    $('confirm-ok').disabled = true;
    try {
      const details = await Gyomu.api(api + endpoint.path, { method: endpoint.method, json: body });
      $('confirm').close();
      render(details);
      $('doc-message').classList.remove('error');
      $('doc-message').textContent = Gyomu.format(text.done, text['action.' + action]);
      $('doc-status').focus();
      load();
    } catch (e) {
      $('confirm-error').textContent = problemText(e);
    } finally {
      $('confirm-ok').disabled = false;
    }
  }

  document.querySelectorAll('#actions button[data-action]').forEach(b =>
    b.addEventListener('click', () => ask(b.dataset.action)));
  $('confirm-form').addEventListener('submit', perform);
  $('confirm-cancel').addEventListener('click', () => $('confirm').close());
  $('doc-status').setAttribute('tabindex', '-1');
  load();
})();
