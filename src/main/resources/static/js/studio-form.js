// One form in the studio: the sample page with its OCR boxes, the fields' list and editor, save
// (PUT, problems shown where they are), the YAML view. Trial and publish (studio-trial.js,
// studio-publish.js) listen to `Studio.events`: 'loaded' and 'saved' with the draft.
(function () {
  const T = Gyomu.texts();
  const $ = id => document.getElementById(id);
  const TEXT_TYPES = ['text', 'date', 'amount', 'number', 'postalCode', 'phone',
    'invoiceRegistrationNumber'];
  const COLUMN_TYPES = TEXT_TYPES;

  const Studio = window.Studio = {
    id: null, draft: null, definition: null, selected: null, dirty: false,
    events: new EventTarget(),
    texts: T,
    /** The API path of this draft, with more path after it. */
    path: rest => '/api/form-drafts/' + encodeURIComponent(Studio.id) + (rest || ''),
    problemText
  };
  let view = null;

  function problemText(error) {
    if (error instanceof Gyomu.ApiError) {
      const p = error.problem;
      const details = (p.errors || []).map(e =>
        typeof e === 'string' ? e : [e.field || e.pointer || e.place, e.detail || e.message]
          .filter(Boolean).join(': '));
      const first = p.detail || p.title || error.message;
      return [first].concat(details.filter(d => !first.includes(d))).join(' / ');
    }
    return T['error.network'];
  }

  // ---- names ------------------------------------------------------------------------------

  const KANA = ('a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no'
    + ' ha hi fu he ho ma mi mu me mo ya - yu - yo ra ri ru re ro wa - - - wo n'
    + ' ga gi gu ge go za ji zu ze zo da ji zu de do ba bi bu be bo pa pi pu pe po').split(' ');
  const KANA_ROWS = 'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもや_ゆ_よらりるれろわ___をん'
    + 'がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽ';

  /** A camelCase name for a label: kana in romaji, anything else a numbered field. */
  function proposeName(label) {
    const taken = new Set(Studio.definition.fields.map(f => f.name));
    let romaji = '';
    for (const ch of String(label || '')) {
      let c = ch;
      const code = ch.charCodeAt(0);
      if (code >= 0x30a1 && code <= 0x30f6) c = String.fromCharCode(code - 0x60); // katakana
      const i = KANA_ROWS.indexOf(c);
      if (i >= 0 && KANA[i] !== '-') romaji += KANA[i];
      else if (/[A-Za-z0-9]/.test(ch)) romaji += ch;
      else if (ch === 'ー' && romaji) romaji += romaji.slice(-1);
      else if (!/[\s・:：]/.test(ch)) { romaji = ''; break; }
    }
    let base = romaji ? romaji.charAt(0).toLowerCase() + romaji.slice(1) : 'field';
    if (!/^[a-z]/.test(base)) base = 'field' + base;
    let name = base;
    for (let n = 2; taken.has(name) || name === 'field'; n++) name = base + n;
    return name;
  }

  // ---- loading and drawing -----------------------------------------------------------------

  async function load() {
    try {
      setDraft(await Gyomu.api(Studio.path()));
      Studio.events.dispatchEvent(new CustomEvent('loaded', { detail: Studio.draft }));
    } catch (e) {
      $('load-error').textContent = e instanceof Gyomu.ApiError && e.status === 404
        ? T['error.nodraft'] : problemText(e);
    }
  }

  function setDraft(draft) {
    Studio.draft = draft;
    Studio.id = draft.id;
    Studio.definition = JSON.parse(JSON.stringify(draft.definition || { fields: [] }));
    Studio.definition.fields = Studio.definition.fields || [];
    Studio.placements = (draft.placements || []).map(p => Object.assign({}, p));
    if (Studio.selected != null && Studio.selected >= Studio.definition.fields.length) {
      Studio.selected = null;
    }
    Studio.dirty = false;
    $('form-title').textContent = draft.id;
    $('yaml-text').value = draft.yaml || '';
    const sample = draft.sample || { width: 1, height: 1, lines: [] };
    view = new StudioView.PageView($('sample-view'), {
      src: Studio.path('/sample.png') + '?v=' + encodeURIComponent(draft.updatedAt || ''),
      width: sample.width, height: sample.height, alt: T['viewer.alt']
    });
    view.listen(pick, drawZone);
    const list = $('ocr-lines');
    list.replaceChildren();
    new Set((sample.lines || []).map(l => l.text)).forEach(text => {
      const option = document.createElement('option');
      option.value = text;
      list.appendChild(option);
    });
    showOcr();
    renderMeta();
    render();
    clearProblems();
  }

  function showOcr() {
    view.showOcr((Studio.draft.sample || {}).lines, $('pick-unit').value);
    view.setOcrVisible($('show-ocr').checked);
  }

  function page() {
    return Studio.draft.sample || { width: 1, height: 1 };
  }

  function zoneBox(zone) {
    const p = page();
    return { x: zone.left * p.width, y: zone.top * p.height,
      width: zone.width * p.width, height: zone.height * p.height };
  }

  function render() {
    renderList();
    renderEditor();
    renderBoxes();
  }

  function renderBoxes() {
    const boxes = [];
    Studio.definition.fields.forEach((f, i) => {
      const placement = Studio.placements.find(p => p.field === f.name);
      const selected = i === Studio.selected;
      const title = f.name + ' (' + (f.label || '') + ')';
      // a field added or renamed here has no placement: its label's line on the sample
      const line = placement ? null : labelLine(f.label);
      if (placement && placement.label) {
        boxes.push({ box: placement.label, kind: 'label', selected, title, field: String(i) });
      } else if (line) {
        boxes.push({ box: line.box, kind: 'label', selected, title, field: String(i) });
      }
      if (placement && placement.value) {
        boxes.push({ box: placement.value, kind: 'value', selected, title, field: String(i) });
      }
    });
    view.showBoxes(boxes);
    const field = Studio.definition.fields[Studio.selected];
    view.showZone(field && field.zone ? zoneBox(field.zone) : null,
      field ? Gyomu.format(T['zone.aria'], field.name) : '', moveZone);
  }

  function labelLine(label) {
    const wanted = String(label || '').replace(/\s/g, '');
    if (!wanted) return null;
    return ((Studio.draft.sample || {}).lines || [])
      .find(l => l.text.replace(/\s/g, '').includes(wanted)) || null;
  }

  function renderMeta() {
    const d = Studio.definition;
    $('meta-id').value = d.id || '';
    $('meta-name-ja').value = (d.name && d.name.ja) || '';
    $('meta-name-en').value = (d.name && d.name.en) || '';
  }

  function renderList() {
    const list = $('field-list');
    list.replaceChildren();
    Studio.definition.fields.forEach((f, i) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'field-button' + (i === Studio.selected ? ' selected' : '');
      button.id = 'field-item-' + i;
      button.setAttribute('aria-pressed', i === Studio.selected ? 'true' : 'false');
      const name = document.createElement('span');
      name.className = 'name';
      name.textContent = f.name || '?';
      const label = document.createElement('span');
      label.className = 'label';
      label.textContent = f.label || '';
      const type = document.createElement('span');
      type.className = 'type';
      type.textContent = T['type.' + f.type] || f.type;
      button.append(name, label, type);
      if (f.required) button.appendChild(Object.assign(document.createElement('span'),
        { className: 'req', textContent: T['required.mark'] }));
      button.addEventListener('click', () => select(i));
      item.appendChild(button);
      const problem = document.createElement('p');
      problem.className = 'problem';
      problem.dataset.problemFor = 'fields[' + i + ']';
      item.appendChild(problem);
      list.appendChild(item);
    });
  }

  function select(i) {
    Studio.selected = i;
    render();
    if (i != null) $('f-name').focus();
  }

  // ---- the editor --------------------------------------------------------------------------

  function field() {
    return Studio.definition.fields[Studio.selected];
  }

  function renderEditor() {
    const f = field();
    $('field-editor').hidden = !f;
    if (!f) return;
    $('editor-legend').textContent = Gyomu.format(T['editor.legend'], f.name || '');
    $('f-name').value = f.name || '';
    $('f-label').value = f.label || '';
    $('f-type').value = f.type || 'text';
    $('f-min').value = f.minConfidence == null ? '' : f.minConfidence;
    $('f-min').placeholder = '50';
    $('f-anchors').value = (f.anchors || []).join('、');
    $('f-required').checked = !!f.required;
    $('f-lines').value = f.lines == null ? '' : f.lines;
    $('f-lines').placeholder = '1';
    $('f-options').value = (f.options || []).join('\n');
    $('lines-row').hidden = !TEXT_TYPES.includes(f.type || 'text');
    $('options-row').hidden = f.type !== 'choice';
    $('columns-row').hidden = f.type !== 'table';
    const zone = f.zone;
    [['z-left', 'left'], ['z-top', 'top'], ['z-width', 'width'], ['z-height', 'height']]
      .forEach(([id, k]) => { $(id).value = zone ? round(zone[k] * 100, 1) : ''; });
    renderColumns(f);
  }

  function renderColumns(f) {
    const body = $('columns-body');
    body.replaceChildren();
    (f.columns || []).forEach((c, i) => {
      const row = document.createElement('tr');
      const input = (key, labelKey) => {
        const td = document.createElement('td');
        const el = document.createElement('input');
        el.type = 'text';
        el.value = c[key] || '';
        el.setAttribute('aria-label', Gyomu.format(T[labelKey], i + 1));
        el.addEventListener('input', () => { c[key] = el.value; changed(); });
        td.appendChild(el);
        return td;
      };
      const typeCell = document.createElement('td');
      const select = document.createElement('select');
      select.setAttribute('aria-label', Gyomu.format(T['column.type'], i + 1));
      COLUMN_TYPES.forEach(t => select.appendChild(
        Object.assign(document.createElement('option'), { value: t, textContent: T['type.' + t] || t })));
      select.value = c.type || 'text';
      select.addEventListener('change', () => { c.type = select.value; changed(); });
      typeCell.appendChild(select);
      const removeCell = document.createElement('td');
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = '×';
      remove.setAttribute('aria-label', Gyomu.format(T['column.remove'], i + 1));
      remove.addEventListener('click', () => {
        f.columns.splice(i, 1);
        changed();
        renderColumns(f);
      });
      removeCell.appendChild(remove);
      row.append(input('name', 'column.name'), input('label', 'column.label'), typeCell, removeCell);
      body.appendChild(row);
    });
  }

  function round(value, digits) {
    const f = Math.pow(10, digits);
    return Math.round(value * f) / f;
  }

  function changed() {
    Studio.dirty = true;
    $('save-status').textContent = T['unsaved'];
    renderList();
    renderBoxes();
  }

  function list(text, separator) {
    return String(text).split(separator).map(s => s.trim()).filter(Boolean);
  }

  function bindEditor() {
    const set = (id, apply) => $(id).addEventListener('input', () => {
      const f = field();
      if (!f) return;
      apply(f, $(id));
      changed();
    });
    set('f-name', (f, el) => {
      Studio.placements.filter(p => p.field === f.name).forEach(p => { p.field = el.value; });
      f.name = el.value;
      $('editor-legend').textContent = Gyomu.format(T['editor.legend'], f.name);
    });
    set('f-label', (f, el) => { f.label = el.value; });
    set('f-anchors', (f, el) => {
      const anchors = list(el.value, /[、,，]/);
      if (anchors.length) f.anchors = anchors; else delete f.anchors;
    });
    set('f-min', (f, el) => {
      if (el.value === '') delete f.minConfidence; else f.minConfidence = Number(el.value);
    });
    set('f-lines', (f, el) => {
      if (el.value === '' || el.value === '1') delete f.lines; else f.lines = Number(el.value);
    });
    set('f-options', (f, el) => { f.options = list(el.value, /\n/); });
    $('f-required').addEventListener('change', () => {
      field().required = $('f-required').checked;
      changed();
    });
    $('f-type').addEventListener('change', () => {
      const f = field();
      f.type = $('f-type').value;
      if (f.type !== 'choice') delete f.options; else f.options = f.options || [];
      if (f.type !== 'table') delete f.columns; else f.columns = f.columns || [];
      if (!TEXT_TYPES.includes(f.type)) delete f.lines;
      changed();
      renderEditor();
    });
    ['z-left', 'z-top', 'z-width', 'z-height'].forEach(id => $(id).addEventListener('input', () => {
      const values = ['z-left', 'z-top', 'z-width', 'z-height'].map(z => $(z).value);
      if (values.some(v => v === '')) return;
      const [left, top, width, height] = values.map(v => round(Number(v) / 100, 4));
      field().zone = { left, top, width, height };
      changed();
    }));
    $('zone-clear').addEventListener('click', () => {
      delete field().zone;
      changed();
      renderEditor();
    });
    $('add-column').addEventListener('click', () => {
      const f = field();
      f.columns = f.columns || [];
      f.columns.push({ name: 'column' + (f.columns.length + 1), label: '', type: 'text' });
      changed();
      renderColumns(f);
      const inputs = $('columns-body').querySelectorAll('input');
      if (inputs.length) inputs[inputs.length - 2].focus();
    });
    $('remove-field').addEventListener('click', () => {
      const f = field();
      Studio.definition.fields.splice(Studio.selected, 1);
      Studio.placements = Studio.placements.filter(p => p.field !== f.name);
      Studio.selected = null;
      changed();
      renderEditor();
      $('save-status').textContent = Gyomu.format(T['removed'], f.name);
      $('add-field').focus();
    });
    $('add-field').addEventListener('click', () => addField('', null));
    $('meta-id').addEventListener('input', () => { Studio.definition.id = $('meta-id').value; changed(); });
    $('meta-name-ja').addEventListener('input', () => {
      Studio.definition.name = Object.assign({}, Studio.definition.name, { ja: $('meta-name-ja').value });
      changed();
    });
    $('meta-name-en').addEventListener('input', () => {
      Studio.definition.name = Object.assign({}, Studio.definition.name, { en: $('meta-name-en').value });
      changed();
    });
  }

  function addField(label, zone) {
    const f = { name: proposeName(label), label: label, type: 'text' };
    if (zone) f.zone = zone;
    Studio.definition.fields.push(f);
    Studio.selected = Studio.definition.fields.length - 1;
    changed();
    renderEditor();
    $('save-status').textContent = Gyomu.format(T['added'], f.name, label);
    $(label ? 'f-name' : 'f-label').focus();
  }

  // a click on the image: a text for a label, or a field's box to select it
  function pick(text, fieldIndex) {
    if (fieldIndex != null && !text) {
      select(Number(fieldIndex));
      return;
    }
    if ($('click-mode').value === 'label' && field()) {
      field().label = text;
      changed();
      renderEditor();
      $('save-status').textContent = Gyomu.format(T['labelled'], field().name, text);
    } else {
      addField(text, null);
    }
  }

  function zoneOf(box) {
    const p = page();
    const clamp = v => Math.min(1, Math.max(0, v));
    return { left: round(clamp(box.x / p.width), 4), top: round(clamp(box.y / p.height), 4),
      width: round(clamp(box.width / p.width), 4), height: round(clamp(box.height / p.height), 4) };
  }

  function drawZone(box) {
    if (field()) {
      field().zone = zoneOf(box);
      changed();
      renderEditor();
    } else {
      const inside = ((Studio.draft.sample || {}).lines || []).find(l =>
        l.box.x >= box.x && l.box.y >= box.y && l.box.x + l.box.width <= box.x + box.width
        && l.box.y + l.box.height <= box.y + box.height);
      addField(inside ? inside.text : '', zoneOf(box));
    }
  }

  function moveZone(dx, dy, dw, dh) {
    const z = field().zone;
    const clamp = v => round(Math.min(1, Math.max(0, v)), 4);
    z.left = clamp(z.left + dx);
    z.top = clamp(z.top + dy);
    z.width = clamp(Math.min(1 - z.left, Math.max(0.005, z.width + dw)));
    z.height = clamp(Math.min(1 - z.top, Math.max(0.005, z.height + dh)));
    changed();
    renderEditor();
  }

  // ---- saving ------------------------------------------------------------------------------

  function clearProblems() {
    document.querySelectorAll('.problem').forEach(p => { p.textContent = ''; });
    document.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
  }

  /**
   * Shows a refused template where it is wrong: the loader names the place as
   * `fields[3] (fee).type: ...`; the message goes under that field in the list and, for the
   * selected field, beside its input.
   */
  function showProblem(message) {
    const place = /fields\[(\d+)\](?: \([^)]*\))?(?:\.([A-Za-z]+))?/.exec(message || '');
    if (place) {
      const i = Number(place[1]);
      const holder = document.querySelector('[data-problem-for="fields[' + i + ']"]');
      if (holder) holder.textContent = message;
      if (Studio.selected !== i) select(i);
      const editorProblem = document.querySelector('[data-problem-for="field"]');
      editorProblem.textContent = message;
      const input = place[2] && document.querySelector('#field-editor [data-place="' + place[2] + '"]');
      if (input) {
        input.setAttribute('aria-invalid', 'true');
        input.focus();
      }
      return;
    }
    const meta = /(^|: )(id|name(\.ja|\.en)?)[:.]/.exec(message || '');
    if (meta) {
      document.querySelector('[data-problem-for="meta"]').textContent = message;
      return;
    }
    $('yaml-problem').textContent = message;
  }

  async function save(body) {
    clearProblems();
    $('save').disabled = true;
    $('save-status').textContent = T['saving'];
    const oldId = Studio.id;
    try {
      const draft = await Gyomu.api(Studio.path(), { method: 'PUT', json: body });
      setDraft(draft);
      if (draft.id !== oldId) {
        window.history.replaceState(null, '', '/studio/' + encodeURIComponent(draft.id));
      }
      $('save-status').textContent = T['saved'];
      Studio.events.dispatchEvent(new CustomEvent('saved', { detail: draft }));
      return true;
    } catch (e) {
      const message = problemText(e);
      $('save-status').textContent = Gyomu.format(T['notsaved'], message);
      if (e instanceof Gyomu.ApiError) showProblem(e.problem.detail || message);
      return false;
    } finally {
      $('save').disabled = false;
    }
  }

  Studio.save = () => save({ definition: Studio.definition });

  document.addEventListener('DOMContentLoaded', () => {
    Studio.id = $('studio').dataset.id;
    bindEditor();
    $('save').addEventListener('click', () => save({ definition: Studio.definition }));
    $('yaml-save').addEventListener('click', () => save({ yaml: $('yaml-text').value }));
    $('pick-unit').addEventListener('change', showOcr);
    $('show-ocr').addEventListener('change', showOcr);
    window.addEventListener('beforeunload', event => {
      if (Studio.dirty) event.preventDefault();
    });
    document.addEventListener('keydown', event => {
      if ((event.ctrlKey || event.metaKey) && event.key === 's') {
        event.preventDefault();
        save({ definition: Studio.definition });
      }
    });
    load();
  });
})();
