'use strict';
// Pretty-printing of SOAP bodies for the journal and the catalogue: XML indented, and XML carried as text inside an
// element (the SSDN xmlString, escaped or in CDATA) indented in its place. Text only: the result goes into textContent.
window.prettyXml = (function () {
  const pad = n => '  '.repeat(n);
  const esc = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const attr = s => esc(s).replace(/"/g, '&quot;');

  function parse(text) {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return doc.getElementsByTagName('parsererror').length ? null : doc;
  }

  function open(el) {
    let s = '<' + el.nodeName;
    for (const a of el.attributes) s += ' ' + a.name + '="' + attr(a.value) + '"';
    return s;
  }

  function nested(text, depth) {
    const t = text.trim();
    if (t.startsWith('<') && t.endsWith('>')) {
      const doc = parse(t.replace(/^<\?xml[^>]*\?>\s*/, ''));
      if (doc) return walk(doc.documentElement, depth);
    }
    return null;
  }

  function walk(node, depth) {
    switch (node.nodeType) {
      case Node.ELEMENT_NODE: {
        const kids = Array.from(node.childNodes).filter(k => !(k.nodeType === Node.TEXT_NODE && k.nodeValue.trim() === ''));
        if (kids.length === 0) return pad(depth) + open(node) + '/>';
        if (kids.length === 1 && (kids[0].nodeType === Node.TEXT_NODE || kids[0].nodeType === Node.CDATA_SECTION_NODE)) {
          const inner = nested(kids[0].nodeValue, depth + 1);
          if (inner !== null) return pad(depth) + open(node) + '>\n' + inner + '\n' + pad(depth) + '</' + node.nodeName + '>';
          return pad(depth) + open(node) + '>' + esc(kids[0].nodeValue.trim()) + '</' + node.nodeName + '>';
        }
        return pad(depth) + open(node) + '>\n' + kids.map(k => walk(k, depth + 1)).join('\n') + '\n' + pad(depth) + '</' + node.nodeName + '>';
      }
      case Node.TEXT_NODE:
      case Node.CDATA_SECTION_NODE:
        return nested(node.nodeValue, depth) ?? pad(depth) + esc(node.nodeValue.trim());
      case Node.COMMENT_NODE:
        return pad(depth) + '<!--' + node.nodeValue + '-->';
      default:
        return '';
    }
  }

  return function (text) {
    if (text === null || text === undefined || text === '') return '';
    const body = String(text).trim();
    const declaration = (body.match(/^<\?xml[^>]*\?>/) || [''])[0];
    const doc = parse(body);
    if (!doc) return body; // not XML (a truncated body, an HTML error page): shown as it came
    return (declaration ? declaration + '\n' : '') + walk(doc.documentElement, 0);
  };
})();
