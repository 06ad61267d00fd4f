'use strict';
// Persons: the listing search (SSIN, name, birth date), the services' phonetic search (name as heard, birth date with
// tolerance), and a person's page: legal data, household, addresses, integrations on a time line, SPP IS state.
(function (ui) {
  const h = ui.h;
  let last = null; // the last result list, kept when coming back from a person's page

  ui.pages.persons = async function (view) {
    const results = h('div#person-results');
    const q = h('input#person-q', { placeholder: '85073003328, De Wachter, 1985-07-30', size: 28 });
    const lastName = h('input#phon-last', { placeholder: 'Dewachter', required: true });
    const firstName = h('input#phon-first', { placeholder: 'Stefaan' });
    const birth = h('input#phon-birth', { placeholder: '1985-07-30 / 1985-07-00', required: true, pattern: '\\d{4}-\\d{2}-\\d{2}', size: 14 });
    const tolerance = h('input#phon-tolerance', { type: 'number', min: '0', max: '10', value: '0' });
    const gender = h('select#phon-gender', h('option', { value: '', text: 'any' }), h('option', { value: '1', text: 'male' }), h('option', { value: '2', text: 'female' }));
    const show = (rows, what) => { last = { rows, what }; draw(results, rows, what); };
    view.append(h('div.grid2',
      ui.card('Find a person', h('form#person-form', { on: { submit: async e => {
        e.preventDefault();
        const rows = await ui.attempt(() => ui.api('GET', ui.sb('persons') + ui.q({ q: q.value.trim(), take: 100 })), results);
        if (rows) show(rows, `for "${q.value.trim()}"`);
      } } }, h('div.row', ui.field('SSIN (or its start), name, or birth date', q), h('button#person-search', { type: 'submit', text: 'search' })))),
      ui.card('Phonetic search (as IdentifyPerson and PersonService do)', h('form#phonetic-form', { on: { submit: async e => {
        e.preventDefault();
        const rows = await ui.attempt(() => ui.api('GET', ui.sb('persons/phonetic') + ui.q({ lastName: lastName.value, firstName: firstName.value, birthDate: birth.value, tolerance: tolerance.value, gender: gender.value })), results);
        if (rows) show(rows, `as heard: ${lastName.value} ${firstName.value}, born ${birth.value} ± ${tolerance.value}`);
      } } }, h('div.row', ui.field('Last name as heard', lastName), ui.field('First name', firstName)),
        h('div.row', ui.field('Birth date (00 for unknown)', birth), ui.field('Tolerance', tolerance), ui.field('Gender', gender), h('button#phonetic-search', { type: 'submit', text: 'search' }))))),
      ui.card('Persons', results));
    if (last) draw(results, last.rows, last.what);
    else results.append(h('p.muted', `Search the registry of sandbox ${ui.sandbox}.`));
  };

  function draw(box, rows, what) {
    box.replaceChildren(h('p.muted', `${rows.length} person(s) ${what} in sandbox ${ui.sandbox}.`),
      ui.table(['SSIN', 'name', 'born', h('th.wide', 'sex'), 'address', h('th.wide', 'register')], rows.map(p =>
        h('tr.clickable', { 'data-ssin': p.ssin, on: { click: () => { location.hash = '#/person/' + p.ssin; } } },
          h('td.mono', h('a', { href: '#/person/' + p.ssin, text: p.ssin })), h('td', { text: `${p.lastName}, ${p.firstNames}` }), h('td', { text: p.birthDate }),
          h('td.wide', { text: ui.sexName(p.sex) }), h('td', { text: p.address ? `${p.address.street} ${p.address.houseNumber}, ${p.address.postalCode} ${p.address.municipality}` : '' }),
          h('td.wide', { text: p.register })))));
  }

  ui.pages.person = async function (view, ssin) {
    const [page, held] = await Promise.all([ui.api('GET', ui.sb('persons/' + encodeURIComponent(ssin))), ui.api('GET', ui.sb('sppis/' + encodeURIComponent(ssin))).catch(() => null)]);
    const clock = await ui.api('GET', ui.sb('clock'));
    const p = page.person, l = page.legal;
    view.append(
      h('p', h('a', { href: '#/persons', text: '← persons' })),
      h('div.grid2',
        ui.card(`${p.lastName}, ${p.firstNames}`, ui.facts([
          ['SSIN', h('span#person-ssin.mono', p.ssin)], ['register', p.register], ['born', p.birthDate], ['birth place', l.birthPlace], ['sex', ui.sexName(p.sex)],
          ['nationality', p.nationality], ['civil state', `${p.civilState}${l.civilStateSince ? ' since ' + l.civilStateSince : ''}`],
          ['partner', l.partnerSsin ? h('a', { href: '#/person/' + l.partnerSsin, text: l.partnerSsin }) : null], ['died', p.deathDate],
          ['eID card', p.eidCard ? `${p.eidCard} (${l.eidValidFrom} – ${l.eidValidTo})` : null], ['SIS card', p.sisCard],
          ['registered since', l.registeredSince], ['replaced by', l.replacedBy ? h('a', { href: '#/person/' + l.replacedBy, text: l.replacedBy }) : null],
          ['address', p.address ? `${p.address.street} ${p.address.houseNumber}${p.address.box ? ' bte ' + p.address.box : ''}, ${p.address.postalCode} ${p.address.municipality}` : null]])),
        ui.card('Household', page.household.length === 0 ? h('p.muted', 'No household.') : ui.table(['SSIN', 'name', 'born', 'role'], page.household.map(m =>
          h('tr', h('td.mono', m.ssin === p.ssin ? m.ssin : h('a', { href: '#/person/' + m.ssin, text: m.ssin })), h('td', { text: `${m.lastName}, ${m.firstNames}` }),
            h('td', { text: m.birthDate }), h('td', { text: m.familyRole || '' })))),
        l.householdSince ? h('p.muted', 'since ' + l.householdSince) : null)),
      ui.card('Integrations of every CPAS', h('div#integrations', timeline(page.integrations, clock.today))),
      h('div.grid2',
        ui.card('Address history', ui.table(['from', 'to', 'address'], page.addresses.map(a =>
          h('tr', h('td', { text: a.from }), h('td', { text: a.to || '' }), h('td', { text: `${a.street} ${a.houseNumber}${a.box ? ' bte ' + a.box : ''}, ${a.postalCode} ${a.municipality} (NIS ${a.nisCode})` }))))),
        ui.card('Past names and nationalities', page.pastNames.length + page.pastNationalities.length === 0 ? h('p.muted', 'None.') :
          ui.table(['from', 'to', 'what'], [
            ...page.pastNames.map(n => h('tr', h('td', { text: n.from }), h('td', { text: n.to }), h('td', { text: `name ${n.lastName}, ${n.firstNames}` }))),
            ...page.pastNationalities.map(n => h('tr', h('td', { text: n.from }), h('td', { text: n.to }), h('td', { text: `nationality ${n.code}` })))]))),
      ui.card('What the SPP IS, heating fund and Mediprima hold', held ? held_(held) : h('p.muted', 'Not available.')));
  };

  function held_(state) {
    const parts = Object.entries(state).filter(([k]) => k !== 'ssin');
    return h('div#sppis-state', parts.map(([name, value]) => {
      const empty = value === null || (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && Object.values(value).every(v => Array.isArray(v) ? v.length === 0 : v === null));
      return h('details', { open: !empty }, h('summary', `${name}${empty ? ' — nothing' : ''}`), ui.pre(JSON.stringify(value, null, 2)));
    }));
  }

  // One lane per CPAS and quality code; bars placed on a shared axis, an open end drawn to the right edge; today marked.
  function timeline(integrations, today) {
    if (integrations.length === 0) return h('p.muted', 'No CPAS holds this person in the integration repertory.');
    const day = s => Date.parse(s + 'T00:00:00Z') / 86400000;
    const now = day(today);
    let from = Math.min(now, ...integrations.map(i => day(i.start)));
    let to = Math.max(now, ...integrations.map(i => i.end ? day(i.end) : now));
    const margin = Math.max(15, (to - from) * 0.08);
    from -= margin; to += margin;
    const pct = d => ((Math.min(Math.max(d, from), to) - from) / (to - from) * 100) + '%';
    const lanes = new Map();
    for (const i of integrations) {
      const key = `${i.cbeNumber} ${i.qualityCode}`;
      if (!lanes.has(key)) lanes.set(key, { label: `${i.cpasName || i.cbeNumber} · ${i.qualityCode}`, title: `${i.cbeNumber} ${i.cpasName || ''}`, periods: [] });
      lanes.get(key).periods.push(i);
    }
    const iso = d => new Date(d * 86400000).toISOString().slice(0, 10);
    const mark = h('div.today', { title: 'today ' + today });
    return [
      h('div.timeline',
        h('div.axis', h('span', { text: iso(from) }), h('span', { text: 'today ' + today }), h('span', { text: iso(to) })),
        [...lanes.values()].map(lane => h('div.lane', h('div.lane-label', { title: lane.title, text: lane.label }), (() => {
          const track = h('div.track');
          for (const p of lane.periods) {
            const bar = h('div.bar', { title: `${p.qualityCode} ${p.start} – ${p.end || '∞'}`, text: `${p.start} – ${p.end || '∞'}` });
            if (!p.end) bar.classList.add('open-end');
            bar.style.left = pct(day(p.start));
            bar.style.right = p.end ? `calc(100% - ${pct(day(p.end) + 1)})` : '0';
            track.append(bar);
          }
          const t = mark.cloneNode();
          t.style.left = pct(now);
          track.append(t);
          return track;
        })()))),
      ui.table(['CPAS', 'KBO', 'quality code', 'from', 'to'], integrations.map(i => h('tr.integration', h('td', { text: i.cpasName || '' }), h('td.mono', { text: i.cbeNumber }),
        h('td', { text: i.qualityCode }), h('td', { text: i.start }), h('td', { text: i.end || '∞' })))),
    ];
  }
})(window.UI);
