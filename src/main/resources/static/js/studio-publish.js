// "Publish": the registry entry's fields, the trial's accuracy, an explicit confirmation when it
// is below the threshold (the API refuses otherwise and says why), then the process key and
// links to Cockpit and the registry.
(function () {
  const T = Gyomu.texts();
  const $ = id => document.getElementById(id);

  function fill(draft) {
    const d = Studio.definition || {};
    const name = d.name || {};
    if (!$('p-name-ja').value) $('p-name-ja').value = name.ja || '';
    if (!$('p-name-en').value) $('p-name-en').value = name.en || '';
    if (!$('p-code').value) $('p-code').value = 'OCR-' + draft.id.toUpperCase().slice(0, 24);
    // a BPMN someone else made stays theirs unless they say otherwise
    $('replace-row').hidden = !draft.bpmnOwner || draft.bpmnOwner === 'STUDIO';
  }

  function link(href, text) {
    return Object.assign(document.createElement('a'), { href, textContent: text });
  }

  async function publish(event) {
    event.preventDefault();
    const form = $('publish-form');
    $('publish-problem').replaceChildren();
    $('publish-result').replaceChildren();
    const missing = [...form.querySelectorAll('input[required]')].filter(i => !i.value.trim());
    form.querySelectorAll('input').forEach(i => i.removeAttribute('aria-invalid'));
    if (missing.length) {
      missing.forEach(i => i.setAttribute('aria-invalid', 'true'));
      $('publish-problem').textContent = T['publish.missing'];
      missing[0].focus();
      return;
    }
    if (Studio.dirty && !(await Studio.save())) {
      $('publish-problem').textContent = T['publish.unsaved'];
      return;
    }
    const body = {
      registry: {
        code: $('p-code').value.trim(),
        name_ja: $('p-name-ja').value.trim(),
        name_en: $('p-name-en').value.trim() || null,
        department: $('p-department').value.trim(),
        division: $('p-division').value.trim() || null,
        baseline_minutes: Number($('p-baseline').value),
        status: $('p-pilot').checked ? 'PILOT' : 'IN_DEVELOPMENT'
      },
      pilot: $('p-pilot').checked,
      acceptBelowThreshold: $('p-accept').checked,
      replaceBpmn: $('p-replace').checked
    };
    $('publish-submit').disabled = true;
    $('publish-result').textContent = T['publish.running'];
    try {
      const answer = await Gyomu.api('/api/document-types/' + encodeURIComponent(Studio.id)
        + '/publish', { json: body });
      const result = $('publish-result');
      result.replaceChildren();
      const p = document.createElement('p');
      p.id = 'publish-done';
      p.textContent = Gyomu.format(T['publish.done'], answer.processKey, answer.registryCode,
        answer.accuracy == null ? '-' : (Math.round(answer.accuracy * 1000) / 10) + '%');
      const links = document.createElement('p');
      links.className = 'links';
      links.append(
        link('/camunda/app/cockpit/default/#/processes', T['publish.cockpit']),
        link('/registry?code=' + encodeURIComponent(answer.registryCode), T['publish.registry']));
      result.append(p, links);
      if (answer.bpmnCreated) {
        result.appendChild(Object.assign(document.createElement('p'),
          { textContent: Gyomu.format(T['publish.bpmn'], answer.processKey) }));
      }
    } catch (e) {
      $('publish-result').replaceChildren();
      const reasons = e instanceof Gyomu.ApiError ? (e.problem.errors || []) : [];
      // the reasons as a list, the summary before them (the detail repeats the reasons)
      const summary = reasons.length && e.problem.detail
        ? e.problem.detail.split(': ')[0] : Studio.problemText(e);
      $('publish-problem').appendChild(Object.assign(document.createElement('p'),
        { textContent: summary }));
      if (reasons.length) {
        const list = document.createElement('ul');
        reasons.forEach(r => list.appendChild(Object.assign(document.createElement('li'),
          { textContent: typeof r === 'string' ? r : (r.detail || r.message || JSON.stringify(r)) })));
        $('publish-problem').appendChild(list);
      }
    } finally {
      $('publish-submit').disabled = false;
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('publish-form').addEventListener('submit', publish);
    Studio.events.addEventListener('loaded', e => fill(e.detail));
    Studio.events.addEventListener('saved', e => fill(e.detail));
  });
})();
