'use strict';
// The dashboard's core: the admin API client (Bearer token, JSON), the DOM helper, the pages' router, the token prompt.
// Everything shown is written with textContent, never as HTML: journal bodies and names come from callers.
window.UI = (function () {
  const ui = { pages: {}, sandbox: localStorage.getItem('cbss-sandbox') || 'default', timers: [] };
  let token = sessionStorage.getItem('cbss-token') || '';

  class ApiError extends Error {
    constructor(status, detail, body) { super(detail); this.status = status; this.body = body; }
  }
  ui.ApiError = ApiError;

  // h('tag.class#id', {attrs, on: {click}}, ...children): children are nodes, strings (text) or arrays; null skipped.
  ui.h = function (spec, attrs, ...children) {
    const m = spec.match(/^([a-z0-9]+)((?:[.#][\w-]+)*)$/i);
    const el = document.createElement(m[1]);
    for (const part of m[2].match(/[.#][\w-]+/g) || []) {
      if (part[0] === '.') el.classList.add(part.slice(1)); else el.id = part.slice(1);
    }
    if (attrs && (typeof attrs !== 'object' || attrs instanceof Node || Array.isArray(attrs))) { children.unshift(attrs); attrs = null; }
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'on') for (const [ev, fn] of Object.entries(v)) el.addEventListener(ev, fn);
      else if (k === 'text') el.textContent = v;
      else if (k === 'class') el.classList.add(...String(v).split(' ').filter(Boolean));
      else if (k in el && typeof v !== 'string') el[k] = v;
      else el.setAttribute(k, v === true ? '' : v);
    }
    const add = c => {
      if (c === null || c === undefined || c === false) return;
      if (Array.isArray(c)) c.forEach(add); else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    };
    children.forEach(add);
    return el;
  };
  const h = ui.h;

  ui.api = async function (method, path, body) {
    const headers = { Accept: 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    const init = { method, headers, cache: 'no-store' };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(body); }
    const response = await fetch(path, init);
    const text = await response.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch { data = text; }
    if (response.status === 401) {
      ui.askToken(data && data.detail || 'The admin API asks for its token.');
    }
    if (!response.ok) {
      const detail = data && typeof data === 'object' ? [data.detail || data.title, ...(data.errors || [])].filter(Boolean).join('\n') : String(data || response.statusText);
      throw new ApiError(response.status, detail || ('HTTP ' + response.status), data);
    }
    return data;
  };

  /** A path of the selected sandbox: /admin/sandboxes/{name}/… */
  ui.sb = (rest, name) => '/admin/sandboxes/' + encodeURIComponent(name || ui.sandbox) + (rest ? '/' + rest : '');
  ui.q = params => {
    const s = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') s.set(k, v);
    const text = s.toString();
    return text ? '?' + text : '';
  };

  ui.toast = function (message, bad) {
    const box = document.getElementById('toast');
    const msg = h('div.msg', { text: message });
    if (bad) msg.classList.add('bad');
    box.append(msg);
    setTimeout(() => msg.remove(), bad ? 8000 : 3500);
  };

  /** Runs an action, showing its failure as a message (and in the element given). */
  ui.attempt = async function (fn, where) {
    try { return await fn(); } catch (e) {
      if (where) where.textContent = e.message;
      if (e instanceof ApiError && e.status === 401) return undefined; // the token prompt is up
      console.error(e);
      ui.toast(e.message, true);
      return undefined;
    }
  };

  ui.askToken = function (reason) {
    document.getElementById('login-reason').textContent = reason;
    document.getElementById('login').hidden = false;
    document.getElementById('token-input').focus();
  };

  ui.every = function (ms, fn) { ui.timers.push(setInterval(fn, ms)); };

  ui.selectSandbox = function (name) {
    ui.sandbox = name;
    localStorage.setItem('cbss-sandbox', name);
    ui.refreshHeader();
  };

  ui.refreshHeader = async function () {
    const list = await ui.attempt(() => ui.api('GET', '/admin/sandboxes'));
    if (!list) return;
    if (!list.some(s => s.name === ui.sandbox)) { ui.sandbox = 'default'; localStorage.setItem('cbss-sandbox', 'default'); }
    const select = document.getElementById('sandbox-select');
    select.replaceChildren(...list.map(s => h('option', { value: s.name, text: s.name, selected: s.name === ui.sandbox })));
    const current = list.find(s => s.name === ui.sandbox);
    document.getElementById('clock-badge').textContent = current ? 'today ' + current.today : '';
    return list;
  };

  ui.render = async function () {
    ui.timers.forEach(clearInterval);
    ui.timers = [];
    const [page, ...rest] = (location.hash.replace(/^#\/?/, '') || 'sandboxes').split('/');
    const args = rest.map(decodeURIComponent);
    for (const a of document.querySelectorAll('.tabs a')) a.classList.toggle('active', a.dataset.page === page || (page === 'person' && a.dataset.page === 'persons'));
    const view = document.getElementById('view');
    const render = ui.pages[page] || ui.pages.sandboxes;
    view.replaceChildren();
    await ui.attempt(() => render(view, ...args), view);
  };

  ui.start = function () {
    document.getElementById('login-form').addEventListener('submit', e => {
      e.preventDefault();
      token = document.getElementById('token-input').value.trim();
      sessionStorage.setItem('cbss-token', token);
      document.getElementById('login').hidden = true;
      ui.refreshHeader().then(ui.render);
    });
    document.getElementById('token-forget').addEventListener('click', () => {
      token = '';
      sessionStorage.removeItem('cbss-token');
      document.getElementById('token-input').value = '';
    });
    document.getElementById('token-button').addEventListener('click', () => ui.askToken('Change or forget the admin token this page sends.'));
    document.getElementById('sandbox-select').addEventListener('change', e => { ui.selectSandbox(e.target.value); ui.render(); });
    window.addEventListener('hashchange', ui.render);
    ui.refreshHeader().then(ui.render);
  };

  // Small shared pieces.
  ui.table = (headers, rows) => h('div.scroll', h('table', h('thead', h('tr', headers.map(x => typeof x === 'string' ? h('th', { text: x }) : x))), h('tbody', rows)));
  ui.facts = pairs => h('dl.facts', pairs.filter(p => p[1] !== null && p[1] !== undefined && p[1] !== '').map(([k, v]) => [h('dt', { text: k }), h('dd', v instanceof Node ? v : String(v))]));
  ui.field = (label, input) => h('label', label, input);
  ui.card = (title, ...children) => h('section.card', title ? h('h2', { text: title }) : null, ...children);
  ui.pre = (text, id) => h('pre', { text, id });
  ui.sexName = s => s === 1 ? '♂' : s === 2 ? '♀' : '?';
  return ui;
})();
