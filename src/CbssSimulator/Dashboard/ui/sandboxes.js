'use strict';
// Sandboxes (make from seed and size, a scenario of the folder or pasted text; reset; delete) and the selected one's clock.
(function (ui) {
  const h = ui.h;

  ui.pages.sandboxes = async function (view) {
    const list = h('div#sandbox-list');
    const clock = h('div#clock-panel');
    view.append(ui.card('Sandboxes', h('p.muted', 'Each sandbox has its own registry, integrations, clock, journal and faults; "default" is the one on the root paths.'), list),
      h('div.grid2', ui.card('Make a sandbox', makeForm()), ui.card('The selected sandbox and its clock', clock)));
    await Promise.all([drawList(list), drawClock(clock)]);
  };

  async function drawList(box) {
    const sandboxes = await ui.refreshHeader();
    if (!sandboxes) return;
    box.replaceChildren(ui.table(['name', 'origin', 'today', h('th.wide', 'scenario'), 'journal', h('th.wide', 'expectations'), ''],
      sandboxes.map(s => h('tr', { class: s.name === ui.sandbox ? 'current' : null, 'data-sandbox': s.name },
        h('td', { text: s.name }), h('td', { text: s.origin }), h('td', { text: s.today }), h('td.wide', { text: s.scenario || '' }),
        h('td', { text: s.journalEntries }), h('td.wide', { text: s.expectations }),
        h('td.actions',
          h('button.quiet', { type: 'button', text: s.name === ui.sandbox ? 'selected' : 'select', disabled: s.name === ui.sandbox, on: { click: () => { ui.selectSandbox(s.name); ui.render(); } } }),
          h('button.quiet', { type: 'button', text: 'reset', on: { click: () => reset(s.name) } }),
          s.name === 'default' ? null : h('button.danger', { type: 'button', text: 'delete', on: { click: () => remove(s.name) } }))))));
  }

  async function reset(name) {
    const r = await ui.attempt(() => ui.api('POST', ui.sb('reset', name)));
    if (r) { ui.toast(`Sandbox ${name} reset in ${r.resetMilliseconds} ms (today ${r.today}).`); ui.render(); }
  }

  async function remove(name) {
    if (!confirm(`Delete the sandbox ${name}?`)) return;
    const done = await ui.attempt(async () => { await ui.api('DELETE', ui.sb('', name)); return true; });
    if (done) { ui.toast(`Sandbox ${name} deleted.`); if (ui.sandbox === name) ui.selectSandbox('default'); ui.render(); }
  }

  function makeForm() {
    const name = h('input#make-name', { required: true, pattern: '[A-Za-z0-9_-]{1,64}', placeholder: 'my-test', title: 'letters, digits, - and _' });
    const source = h('select#make-source',
      h('option', { value: 'folder', text: 'a scenario of the folder' }),
      h('option', { value: 'text', text: 'a pasted scenario (YAML or JSON)' }),
      h('option', { value: 'generated', text: 'a generated population' }));
    const file = h('select#make-scenario');
    const text = h('textarea#make-text', { placeholder: 'name: my-case\ntoday: "2026-11-23"\npersons:\n  - id: applicant\n    …', spellcheck: false });
    const seed = h('input#make-seed', { type: 'number', value: '42' });
    const persons = h('input#make-persons', { type: 'number', value: '1000', min: '0', max: '200000' });
    const out = h('div#make-result.error');
    const parts = {
      folder: h('div.row', ui.field('Scenario file', file)),
      text: h('div', text, h('div.row', h('button.quiet', { type: 'button', text: 'check the text', on: { click: () => validate(text.value, out) } }))),
      generated: h('div.row', ui.field('Seed', seed), ui.field('Persons', persons)),
    };
    const show = () => { for (const [k, el] of Object.entries(parts)) el.hidden = k !== source.value; };
    source.addEventListener('change', show);
    show();
    ui.attempt(() => ui.api('GET', '/admin/scenarios')).then(files => {
      if (files) file.replaceChildren(...files.map(f => h('option', { value: f, text: f })));
    });
    const form = h('form#make-form', h('div.row', ui.field('Name', name), ui.field('From', source)), parts.folder, parts.text, parts.generated,
      h('div.row', h('button#make-submit', { type: 'submit', text: 'make (or replace) the sandbox' })), out);
    form.addEventListener('submit', async e => {
      e.preventDefault();
      out.textContent = '';
      const body = source.value === 'folder' ? { scenario: file.value }
        : source.value === 'text' ? { scenarioText: text.value, scenarioFormat: text.value.trim().startsWith('{') ? 'json' : 'yaml' }
          : { seed: Number(seed.value), persons: Number(persons.value) };
      const made = await ui.attempt(() => ui.api('PUT', ui.sb('', name.value), body), out);
      if (made) {
        ui.toast(`Sandbox ${made.name} made (${made.origin}); its SOAP paths start at ${made.soapBase}.`);
        ui.selectSandbox(made.name);
        ui.render();
      }
    });
    return form;
  }

  async function validate(text, out) {
    const r = await ui.attempt(() => ui.api('POST', '/admin/scenarios/validate', { text, format: text.trim().startsWith('{') ? 'json' : 'yaml' }), out);
    if (!r) return;
    out.className = r.valid ? '' : 'error';
    out.textContent = r.valid ? `Valid: ${r.name}, ${r.persons} person(s), ${r.integrations} integration(s), ${r.expectations} expectation(s).` : r.errors.join('\n');
  }

  async function drawClock(box) {
    const [c, detail] = await Promise.all([ui.api('GET', ui.sb('clock')), ui.api('GET', ui.sb(''))]);
    const day = h('input#clock-date', { type: 'date', value: c.today, required: true });
    const days = h('input#clock-days', { type: 'number', value: '30' });
    const out = h('div.error');
    const apply = async (method, path, body) => {
      const r = await ui.attempt(() => ui.api(method, ui.sb(path), body), out);
      if (r) { ui.toast(`${ui.sandbox}: today is ${r.today}.`); ui.render(); }
    };
    box.replaceChildren(
      ui.facts([['sandbox', ui.sandbox], ['SOAP paths', h('span.mono', detail.soapBase)], ['scenario', detail.scenario],
        ['persons', Object.keys(detail.persons).length ? h('span#scenario-persons', Object.entries(detail.persons).map(([id, ssin], i) =>
          [i ? ', ' : '', h('a', { href: '#/person/' + ssin, text: id }), ` ${ssin}`])) : null],
        ['faults', detail.faults.rules.length ? `${detail.faults.rules.length} rule(s)` : null],
        ['today', h('strong#clock-today', c.today)], ['now', c.now], ['offset', c.offsetDays + ' day(s)']]),
      h('form.row', { on: { submit: e => { e.preventDefault(); apply('PUT', 'clock', { today: day.value }); } } }, ui.field('Set today to', day), h('button#clock-set', { type: 'submit', text: 'set' })),
      h('form.row', { on: { submit: e => { e.preventDefault(); apply('POST', 'clock/advance', { days: Number(days.value) }); } } }, ui.field('Move by days (negative: back)', days), h('button#clock-advance', { type: 'submit', text: 'advance' })),
      out);
  }
})(window.UI);
