'use strict';
// The journal of the selected sandbox, live (polled every 1.5 s), filterable; a call opens to the control's reason and
// to its request and reply, pretty-printed.
(function (ui) {
  const h = ui.h;
  const shown = 200; // the newest calls listed
  const filters = { service: '', operation: '', ssin: '', cpas: '', code: '' };

  ui.pages.journal = async function (view) {
    let known = null, open = null, entries = [];
    const status = h('span#journal-status.muted');
    const list = h('div#journal-list');
    const live = h('input#journal-live', { type: 'checkbox', checked: true });
    const inputs = Object.keys(filters).map(k => {
      const input = h('input', { id: 'filter-' + k, value: filters[k], size: k === 'code' ? 9 : 14, placeholder: k === 'code' ? 'MSG00012' : '' });
      input.addEventListener('change', () => { filters[k] = input.value.trim(); known = null; poll(); });
      return ui.field(k, input);
    });
    view.append(ui.card(`Journal of ${ui.sandbox}`,
      h('form.row', { on: { submit: e => { e.preventDefault(); known = null; poll(); } } }, inputs, h('button#journal-filter', { type: 'submit', text: 'filter' }),
        h('label', live, ' live'), status),
      list));

    async function poll() {
      if (!document.body.contains(list)) return;
      const base = ui.sb('journal');
      const head = await ui.attempt(() => ui.api('GET', base + ui.q({ ...filters, take: 1 })), status);
      if (!head) return;
      const stamp = `${head.total}/${head.dropped}/${head.entries.length ? head.entries[0].sequence : 0}`;
      if (stamp === known) return;
      const page = await ui.attempt(() => ui.api('GET', base + ui.q({ ...filters, skip: Math.max(0, head.total - shown), take: shown })), status);
      if (!page) return;
      known = stamp;
      entries = page.entries.slice().reverse();
      status.textContent = `${page.total} call(s)${page.dropped ? `, ${page.dropped} dropped (capacity ${page.capacity})` : ''}${page.total > shown ? `, the newest ${shown} shown` : ''}`;
      draw();
    }

    function draw() {
      const rows = [];
      for (const e of entries) {
        const ok = e.outcome === 'DATA_FOUND' || e.code === 'MSG00000' || (e.httpStatus === 200 && !e.refusal && !(e.code || '').startsWith('injected'));
        rows.push(h('tr.clickable', { class: open === e.sequence ? 'open' : null, 'data-seq': e.sequence, on: { click: () => { open = open === e.sequence ? null : e.sequence; draw(); } } },
          h('td', { text: e.sequence }), h('td.wide', { text: e.simulatedTime }), h('td', { text: e.service }), h('td', { text: e.operation }),
          h('td.mono', e.ssins.map((x, i) => [i ? ' ' : '', h('a', { href: '#/person/' + x, text: x, on: { click: ev => ev.stopPropagation() } })])), h('td.mono.wide', { text: e.cpas || '' }),
          h('td', h('span.pill', { class: ok ? 'ok' : e.refusal || e.httpStatus >= 400 ? 'bad' : null, text: e.code || e.outcome })),
          h('td.wide', { text: e.durationMs + ' ms' })));
        if (open === e.sequence) rows.push(h('tr', h('td', { colspan: 8 }, detail(e))));
      }
      list.replaceChildren(entries.length === 0 ? h('p.muted', 'No call yet' + (Object.values(filters).some(Boolean) ? ' matching the filter.' : '.')) :
        ui.table(['#', h('th.wide', 'simulated time'), 'service', 'operation', 'SSIN', h('th.wide', 'CPAS'), 'code', h('th.wide', 'time')], rows));
    }

    live.addEventListener('change', () => { if (live.checked) poll(); });
    ui.every(1500, () => { if (live.checked) poll(); });
    await poll();
  };

  function detail(e) {
    return h('div.entry',
      ui.facts([['outcome', e.outcome], ['code', e.code], ['HTTP status', e.httpStatus], ['quality codes', e.qualityCodes.join(', ')],
        ['caller (CPAS)', e.cpas], ['simulated time', e.simulatedTime], ['wall time', e.wallTime]]),
      e.refusal ? h('div.reason', h('strong', 'Why the control answered so: '), h('span.refusal', { text: e.refusal })) : null,
      h('h3', 'Request'), e.request === null ? h('p.muted', 'Body no longer kept (journal body budget).') : ui.pre(window.prettyXml(e.request), 'request-' + e.sequence),
      h('h3', 'Reply'), e.reply === null ? h('p.muted', 'Body no longer kept (journal body budget).') : ui.pre(window.prettyXml(e.reply), 'reply-' + e.sequence));
  }
})(window.UI);
