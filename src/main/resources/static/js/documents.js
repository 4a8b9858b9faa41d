// The documents console's list: counts per status, the filtered list (newest first, paged) and
// uploads by drag and drop or file picker. Everything through /api/documents (decision 0010).
(function () {
  const PAGE_SIZE = 50;
  const text = Gyomu.texts();
  const root = document.getElementById('documents-console');
  const readsDocuments = root.dataset.readsDocuments === 'true';
  const lang = document.documentElement.lang || 'ja';
  const params = new URLSearchParams(window.location.search);
  const statuses = params.getAll('status').filter(s => s);
  const type = params.get('type') || '';
  const page = Math.max(0, parseInt(params.get('page') || '0', 10) || 0);
  let refresh = null;

  const el = (tag, attrs = {}, children = []) => {
    const e = document.createElement(tag);
    Object.entries(attrs).forEach(([k, v]) => {
      if (k === 'text') e.textContent = v; else if (k === 'className') e.className = v; else e.setAttribute(k, v);
    });
    children.forEach(c => e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c));
    return e;
  };
  const when = iso => (iso ? new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'ja-JP') : '');
  const statusBadge = s => el('span', { className: 'doc-status s-' + s, text: text['status.' + s] || s });
  const source = s => text['source.' + s] || text['source.other'] + ' (' + s + ')';
  const typeName = t => (t ? (text.types[t] || t) : text.notype);

  function query(extra = {}) {
    const q = new URLSearchParams();
    statuses.forEach(s => q.append('status', s));
    if (type) q.set('type', type);
    Object.entries(extra).forEach(([k, v]) => q.set(k, v));
    return q.toString();
  }

  function showError(target, e) {
    target.textContent = e instanceof Gyomu.ApiError
      ? Gyomu.format(text['error.generic'], e.message) : text['error.network'];
    target.classList.add('error');
  }

  async function loadCounts() {
    const counts = await Gyomu.api('/api/documents/counts' + (type ? '?type=' + encodeURIComponent(type) : ''));
    counts.forEach(c => {
      const link = document.getElementById('count-' + c.status);
      if (!link) return;
      link.querySelector('.n').textContent = c.count;
      link.classList.toggle('zero', c.count === 0);
      link.classList.toggle('selected', statuses.length === 1 && statuses[0] === c.status);
      const q = new URLSearchParams({ status: c.status });
      if (type) q.set('type', type);
      link.href = '/documents?' + q;
    });
  }

  async function loadList() {
    const message = document.getElementById('list-message');
    const body = document.querySelector('#documents-table tbody');
    const result = await Gyomu.api('/api/documents?' + query({ page, size: PAGE_SIZE }));
    body.replaceChildren(...result.items.map(d => {
      const name = readsDocuments
        ? el('a', { href: '/documents/' + d.id, text: d.originalName })
        : el('span', { className: 'muted', text: d.id.substring(0, 8) });
      return el('tr', { 'data-id': d.id, 'data-status': d.status }, [
        el('td', { className: 'name' }, [name]),
        el('td', {}, [statusBadge(d.status)]),
        el('td', { text: typeName(d.type) }),
        el('td', { className: 'nowrap', text: source(d.source) }),
        el('td', { className: 'nowrap', text: when(d.createdAt) }),
        el('td', { className: 'num', text: d.pages == null ? '' : String(d.pages) }),
        el('td', { className: 'num', text: d.meanConfidence == null ? '' : d.meanConfidence.toFixed(1) }),
      ]);
    }));
    message.classList.remove('error');
    message.textContent = result.total === 0 ? text.empty : '';
    const first = result.total === 0 ? 0 : page * PAGE_SIZE + 1;
    const last = Math.min(result.total, (page + 1) * PAGE_SIZE);
    document.getElementById('page-range').textContent = Gyomu.format(text.range, first, last, result.total);
    document.getElementById('page-prev').disabled = page === 0;
    document.getElementById('page-next').disabled = last >= result.total;
    // documents being read settle within seconds: show where they end without a reload
    clearTimeout(refresh);
    if (result.items.some(d => d.status === 'RECEIVED')) {
      refresh = setTimeout(load, 3000);
    }
  }

  async function load() {
    try {
      await Promise.all([loadCounts(), loadList()]);
    } catch (e) {
      showError(document.getElementById('list-message'), e);
    }
  }

  function goToPage(n) {
    window.location.search = query(n > 0 ? { page: n } : {});
  }

  async function upload(files) {
    const results = document.getElementById('upload-results');
    const chosenType = document.getElementById('upload-type').value;
    for (const file of files) {
      const line = el('li', { text: Gyomu.format(text.uploading, file.name) });
      results.prepend(line);
      const form = new FormData();
      form.append('file', file, file.name);
      if (chosenType) form.append('type', chosenType);
      try {
        const receipt = await Gyomu.api('/api/documents', { method: 'POST', form });
        line.replaceChildren(el('a', { href: '/documents/' + receipt.id, text: Gyomu.format(text.uploaded, file.name) }));
      } catch (e) {
        line.classList.add('error');
        line.textContent = Gyomu.format(text.uploadFailed, file.name,
          e instanceof Gyomu.ApiError ? e.message : text['error.network']);
      }
    }
    load();
  }

  function setUpUpload() {
    const zone = document.getElementById('drop-zone');
    const input = document.getElementById('upload-file');
    if (!zone) return;
    ['dragenter', 'dragover'].forEach(t => zone.addEventListener(t, e => {
      e.preventDefault();
      zone.classList.add('over');
    }));
    ['dragleave', 'drop'].forEach(t => zone.addEventListener(t, () => zone.classList.remove('over')));
    zone.addEventListener('drop', e => {
      e.preventDefault();
      upload([...e.dataTransfer.files]);
    });
    input.addEventListener('change', () => {
      upload([...input.files]);
      input.value = '';
    });
  }

  const statusSelect = document.getElementById('filter-status');
  if (statuses.length > 1) {
    // several statuses at once (the dashboard's link to all that wait for a person)
    const several = el('option', { value: '', text: statuses.map(s => text['status.' + s] || s).join('・') });
    statusSelect.appendChild(several);
    several.selected = true;
    statusSelect.addEventListener('change', () => several.remove(), { once: true });
  } else {
    statusSelect.value = statuses.length === 1 ? statuses[0] : '';
  }
  document.getElementById('filter-type').value = type;
  document.getElementById('page-prev').addEventListener('click', () => goToPage(page - 1));
  document.getElementById('page-next').addEventListener('click', () => goToPage(page + 1));
  setUpUpload();
  load();
})();
