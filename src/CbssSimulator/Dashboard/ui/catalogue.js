'use strict';
// The catalogue (each operation's control, "send the example"), the faults of a sandbox, and the verification of its
// scenario's expectations.
(function (ui) {
  const h = ui.h;
  const example = { ssin: '85073003328', cbe: '0212344876', filter: '' };

  ui.pages.catalogue = async function (view) {
    const services = await ui.api('GET', ui.sb('services'));
    const ssin = h('input#example-ssin', { value: example.ssin, size: 13 });
    const cbe = h('input#example-cbe', { value: example.cbe, size: 12 });
    const filter = h('input#catalogue-filter', { value: example.filter, placeholder: 'RetrieveTIGroups', size: 18 });
    const sent = h('div#example-result');
    const list = h('div#catalogue-list');
    ssin.addEventListener('change', () => { example.ssin = ssin.value.trim(); });
    cbe.addEventListener('change', () => { example.cbe = cbe.value.trim(); });
    filter.addEventListener('input', () => { example.filter = filter.value; draw(); });
    view.append(ui.card(`Catalogue (examples go to sandbox ${ui.sandbox})`,
      h('div.row', ui.field('SSIN of the examples', ssin), ui.field('CPAS (KBO number)', cbe), ui.field('Filter', filter)), sent, list));

    function draw() {
      const f = example.filter.trim().toLowerCase();
      const rows = services.filter(s => !f || `${s.service} ${s.operation} ${s.serviceId || ''}`.toLowerCase().includes(f));
      list.replaceChildren(ui.table(['service / operation', 'control', 'state', ''], rows.map(s =>
        h('tr', { 'data-operation': `${s.service}/${s.operation}` },
          h('td', h('strong', { text: `${s.service}/${s.operation}` }), h('div.muted', { text: s.style + (s.serviceId ? ` ${s.serviceId} v${s.version}` : '') })),
          h('td.control', control(s.control)), h('td', h('span.pill', { class: s.state === 'served' ? 'ok' : null, text: s.state })),
          h('td.actions', s.state === 'served' ? h('button.quiet.send-example', { type: 'button', text: 'send the example', on: { click: () => send(s, sent) } }) : null)))));
    }
    draw();
  };

  function control(c) {
    if (!c || c.clauses.length === 0) return h('span', { text: 'none' + (c && c.note ? ' — ' + c.note : '') });
    return h('span', c.clauses.map(x => `${x.window}: ${x.qualityCodes.join(', ')}`).join(' / '), c.note ? h('div.muted', { text: c.note }) : null);
  }

  async function send(s, box) {
    box.replaceChildren(h('p.muted', `Sending ${s.service}/${s.operation}…`));
    const ex = await ui.attempt(() => ui.api('GET', ui.sb(`services/${encodeURIComponent(s.service)}/${encodeURIComponent(s.operation)}/example`) + ui.q({ ssin: example.ssin, cbe: example.cbe })), box);
    if (!ex) return;
    let status, reply;
    try {
      const r = await fetch(ex.path, { method: 'POST', headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: `"${ex.soapAction}"` }, body: ex.envelope, cache: 'no-store' });
      status = r.status;
      reply = await r.text();
    } catch (e) {
      status = 'no answer';
      reply = String(e);
    }
    box.replaceChildren(ui.card(`${s.service}/${s.operation} → HTTP ${status}`,
      ui.facts([['POST', ex.path], ['SOAPAction', ex.soapAction]]),
      h('p', h('a', { href: '#/journal', text: 'see it in the journal' })),
      h('div.grid2', h('div', h('h3', 'Request'), ui.pre(window.prettyXml(ex.envelope), 'example-request')), h('div', h('h3', 'Reply'), ui.pre(window.prettyXml(reply), 'example-reply')))));
  }

  ui.pages.faults = async function (view) {
    const current = await ui.api('GET', ui.sb('faults'));
    const rules = current.rules.map(r => r.rule);
    const out = h('div.error');
    const service = h('input#fault-service', { value: '*', size: 18, required: true });
    const operation = h('input#fault-operation', { placeholder: '*', size: 12 });
    const kind = h('select#fault-kind', ['technical', 'http500', 'delay', 'timeout', 'drop', 'garble'].map(k => h('option', { value: k, text: k })));
    const probability = h('input#fault-probability', { type: 'number', value: '1', min: '0', max: '1', step: '0.05' });
    const count = h('input#fault-count', { type: 'number', min: '1', placeholder: 'every call' });
    const delay = h('input#fault-delay', { type: 'number', min: '0', value: '0' });
    const seed = h('input#fault-seed', { type: 'number', value: String(current.seed) });
    const save = async list => {
      const r = await ui.attempt(() => ui.api('PUT', ui.sb('faults'), { seed: Number(seed.value) || 0, rules: list }), out);
      if (r) { ui.toast(`${ui.sandbox}: ${r.rules.length} fault rule(s).`); ui.render(); }
    };
    view.append(ui.card(`Faults of ${ui.sandbox}`,
      current.rules.length === 0 ? h('p.muted', 'No fault rule: every call is answered normally.') :
        ui.table(['service', 'operation', 'kind', 'probability', 'delay', 'remaining', ''], current.rules.map((r, i) =>
          h('tr', h('td', { text: r.rule.service }), h('td', { text: r.rule.operation || '*' }), h('td', { text: r.rule.kind }), h('td', { text: r.rule.probability }),
            h('td', { text: r.rule.delayMs ? `${r.rule.delayMs}${r.rule.delayMaxMs ? '–' + r.rule.delayMaxMs : ''} ms` : '' }), h('td', { text: r.remaining ?? 'every call' }),
            h('td.actions', h('button.danger', { type: 'button', text: 'remove', on: { click: () => save(rules.filter((_, j) => j !== i)) } }))))),
      h('form#fault-form', { on: { submit: e => {
        e.preventDefault();
        save([...rules, { service: service.value.trim(), operation: operation.value.trim() || null, kind: kind.value, probability: Number(probability.value),
          count: count.value ? Number(count.value) : null, delayMs: Number(delay.value) || 0 }]);
      } } },
      h('h3', 'Add a rule'),
      h('div.row', ui.field('Service (catalogue name, ServiceId, SSDN or *)', service), ui.field('Operation', operation), ui.field('Kind', kind)),
      h('div.row', ui.field('Probability', probability), ui.field('Count (next N calls)', count), ui.field('Delay ms', delay), ui.field('Seed', seed),
        h('button#fault-add', { type: 'submit', text: 'add' }),
        h('button.danger', { type: 'button', text: 'clear all', on: { click: async () => { if (await ui.attempt(() => ui.api('DELETE', ui.sb('faults')).then(() => true), out)) ui.render(); } } }))),
      out));
  };

  ui.pages.verify = async function (view) {
    const box = h('div#verify-result');
    const run = async () => {
      box.replaceChildren(h('p.muted', 'Checking…'));
      try {
        const r = await ui.api('POST', ui.sb('verify'), {});
        const met = r.results.filter(x => x.met).length;
        box.replaceChildren(
          h('div.verdict', { class: r.passed ? 'ok' : 'bad', id: 'verify-verdict', text: r.passed ? `Passed: all ${met} expectation(s) met.` : `Failed: ${r.results.length - met} of ${r.results.length} expectation(s) not met.` }),
          h('p.error', { hidden: !r.journalDropped, text: `${r.journalDropped} journal entries were dropped: counts may be short.` }),
          h('ul.results', r.results.map(x => h('li', { class: x.met ? 'met' : 'unmet', text: `${x.expectation} — ${x.message}` }))));
      } catch (e) {
        box.replaceChildren(h('p', { class: 'error', text: e.message }));
      }
    };
    view.append(ui.card(`Verification of ${ui.sandbox}'s scenario`,
      h('p.muted', 'Checks the scenario\'s expectations (the calls the product must or must not make) against the journal.'),
      h('div.row', h('button#verify-run', { type: 'button', text: 'verify now', on: { click: run } })), box));
    await run();
  };
})(window.UI);
