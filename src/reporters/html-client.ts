// The HTML report's one inline script: it renders the findings a page at a
// time from the JSON embedded in the page, so 60,000 findings cost one JSON
// string, not 60,000 table rows in the DOM, and it drives the filters (rule,
// severity, file), the search box and the pager. Dataset text only ever goes
// into the page as textContent, never as markup; the page's Content Security
// Policy allows this script alone, by its hash (html.ts).
//
// Plain ES2019 in a string: it runs in the reader's browser as written.
export const CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('neglint-data').textContent);
  var S = D.strings;
  var F = D.findings;
  var SEV = ['error', 'warning', 'info'];
  var WEIGHT = { t: 'trained', c: 'context', p: 'penalized' };
  var $ = function (id) { return document.getElementById(id); };
  var ruleSel = $('f-rule'), sevSel = $('f-severity'), fileSel = $('f-file'), search = $('f-search'), sizeSel = $('f-size');
  var body = $('findings-body'), info = $('page-info'), prev = $('page-prev'), next = $('page-next'), empty = $('findings-empty');
  var page = 0;
  var matching = F;
  var hay = new Array(F.length);

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function haystack(i) {
    if (hay[i] === undefined) {
      var f = F[i];
      var parts = [S[f.m], S[D.rules[f.r][0]], S[D.paths[f.p]]];
      if (f.x !== null) parts.push(f.x);
      (f.q || []).forEach(function (q) { parts.push(q[0]); });
      (f.g || []).forEach(function (g) { parts.push(S[g[0]]); if (g[1] !== null) parts.push(g[1]); });
      hay[i] = parts.join('\n').toLowerCase();
    }
    return hay[i];
  }
  function filter() {
    var rule = ruleSel.value, sev = sevSel.value, file = fileSel.value;
    var q = search.value.trim().toLowerCase();
    var out = [];
    for (var i = 0; i < F.length; i++) {
      var f = F[i];
      if (rule !== '' && String(f.r) !== rule) continue;
      if (sev !== '' && SEV[f.s] !== sev) continue;
      if (file !== '' && String(f.p) !== file) continue;
      if (q !== '' && haystack(i).indexOf(q) === -1) continue;
      out.push(f);
    }
    matching = out;
    page = 0;
    render();
  }
  function context(f) {
    var box = el('div', 'ctx');
    if (f.x === null) {
      box.appendChild(el('span', 'redacted', 'Text redacted' + (f.h ? '; hash ' + f.h : '')));
      return box;
    }
    var before = (f.q || []).filter(function (q) { return q[2] === 1; });
    var after = (f.q || []).filter(function (q) { return q[2] !== 1; });
    function cue(q) {
      var span = el('span', 'cue-wrap');
      if (q[3] !== null) span.appendChild(el('span', 'elsewhere', '(' + S[q[3]] + ', line ' + q[1] + ') '));
      var m = el('mark', 'cue', q[0]);
      m.title = 'the cue the finding depends on';
      span.appendChild(m);
      return span;
    }
    before.forEach(function (q) { box.appendChild(cue(q)); box.appendChild(document.createTextNode(' … ')); });
    var claim = el('mark', 'claim', f.x);
    claim.title = 'the claim';
    box.appendChild(claim);
    after.forEach(function (q) { box.appendChild(document.createTextNode(' … ')); box.appendChild(cue(q)); });
    return box;
  }
  function row(f) {
    var tr = el('tr', 'sev-' + SEV[f.s]);
    var sev = el('td', 'sev');
    sev.appendChild(el('span', 'badge ' + SEV[f.s], SEV[f.s]));
    tr.appendChild(sev);
    var rule = el('td', 'rule');
    var url = D.rules[f.r][1];
    if (url !== null) {
      var a = el('a', null, S[D.rules[f.r][0]]);
      a.href = S[url];
      a.rel = 'noopener noreferrer';
      rule.appendChild(a);
    } else rule.textContent = S[D.rules[f.r][0]];
    tr.appendChild(rule);
    var loc = el('td', 'loc');
    loc.appendChild(el('div', 'path', S[D.paths[f.p]] + ':' + f.l + ':' + f.c));
    var where = [];
    if (f.n !== null) where.push('record ' + f.n);
    if (f.t !== null) where.push(S[f.t]);
    if (f.w !== null) where.push(WEIGHT[f.w]);
    if (where.length) loc.appendChild(el('div', 'where', where.join(' · ')));
    tr.appendChild(loc);
    var td = el('td', 'finding');
    td.appendChild(el('div', 'msg', S[f.m]));
    if (f.x !== null || f.h) td.appendChild(context(f));
    tr.appendChild(td);
    var fix = el('td', 'fix');
    (f.g || []).forEach(function (g) {
      var d = el('div', 'suggestion');
      d.appendChild(el('div', 'fix-desc', S[g[0]]));
      if (g[1] !== null && g[1] !== '') d.appendChild(el('div', 'fix-text', g[1]));
      if (g[2] === 0) d.appendChild(el('div', 'note', 'a suggestion only: --fix does not apply it'));
      fix.appendChild(d);
    });
    tr.appendChild(fix);
    return tr;
  }
  function render() {
    var size = Number(sizeSel.value) || 100;
    var pages = Math.max(1, Math.ceil(matching.length / size));
    if (page >= pages) page = pages - 1;
    var start = page * size;
    var slice = matching.slice(start, start + size);
    var frag = document.createDocumentFragment();
    slice.forEach(function (f) { frag.appendChild(row(f)); });
    body.replaceChildren(frag);
    empty.hidden = matching.length !== 0;
    info.textContent = matching.length === 0
      ? 'No findings match.'
      : 'Findings ' + (start + 1).toLocaleString('en-US') + '–' + (start + slice.length).toLocaleString('en-US') + ' of ' +
        matching.length.toLocaleString('en-US') + (matching.length !== F.length ? ' (filtered from ' + F.length.toLocaleString('en-US') + ')' : '') +
        ' · page ' + (page + 1) + ' of ' + pages;
    info.setAttribute('data-matching', String(matching.length));
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
  }
  var timer = null;
  search.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(filter, 120);
  });
  [ruleSel, sevSel, fileSel].forEach(function (s) { s.addEventListener('change', filter); });
  sizeSel.addEventListener('change', function () { page = 0; render(); });
  prev.addEventListener('click', function () { page--; render(); });
  next.addEventListener('click', function () { page++; render(); });
  $('f-clear').addEventListener('click', function () {
    ruleSel.value = ''; sevSel.value = ''; fileSel.value = ''; search.value = '';
    filter();
  });
  function show(set) {
    set();
    filter();
    $('findings').scrollIntoView();
  }
  document.querySelectorAll('[data-rule]').forEach(function (bar) {
    var pick = function () {
      var id = bar.getAttribute('data-rule');
      show(function () {
        for (var i = 0; i < D.rules.length; i++) if (S[D.rules[i][0]] === id) ruleSel.value = String(i);
      });
    };
    bar.addEventListener('click', pick);
    bar.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pick(); } });
  });
  document.querySelectorAll('[data-file]').forEach(function (b) {
    b.addEventListener('click', function () { show(function () { fileSel.value = b.getAttribute('data-file'); }); });
  });
  document.querySelectorAll('[data-search]').forEach(function (b) {
    b.addEventListener('click', function () { show(function () { search.value = b.getAttribute('data-search'); }); });
  });
  document.body.classList.add('js');
  render();
})();`;
