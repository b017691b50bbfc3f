// The editor's desk: audits the text as the editor types (after a pause), and shows what to fix
// first, the text with its findings marked by severity, and why, at the cursor. Article text goes
// into the page only as text nodes, form values, or inside HTML the server made with it escaped.
'use strict';
(function () {
  var PAUSE_MS = 350;
  var ORDER = { error: 0, warning: 1, info: 2 };
  var SHAPE = { error: '■', warning: '▲', info: '●' };
  var CATEGORY = { integrity: 'Integrity', tone: 'Tone', sourcing: 'Sourcing', clarity: 'Clarity', hygiene: 'Hygiene' };
  var $ = function (id) { return document.getElementById(id); };
  var text = $('text');
  var backdrop = $('backdrop');
  var rules = {};
  var result = null; // {doc, text}: the last audit and the text it was of
  var findings = []; // the last audit's findings, offsets moved along with edits since
  var sequence = 0;
  var timer = null;
  var inFlight = null;

  function el(tag, className, content) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (content !== undefined) { node.textContent = content; }
    return node;
  }

  function status(message, isError) {
    $('status').textContent = message;
    $('status').style.color = isError ? 'var(--error)' : '';
  }

  function headers() {
    var h = { 'Content-Type': 'application/json' };
    var token = sessionStorage.getItem('copydesk-token');
    if (token) { h.Authorization = 'Bearer ' + token; }
    return h;
  }

  function answer(response) {
    if (response.status === 401) {
      $('token-box').hidden = false;
      throw new Error('This server needs its token: type it in the Token box above.');
    }
    return response.json().then(function (body) {
      if (!response.ok) { throw new Error(body.error || 'The server answered ' + response.status + '.'); }
      return body;
    });
  }

  function loadRules() {
    return fetch('/api/rules', { headers: headers() }).then(answer).then(function (list) {
      list.forEach(function (rule) { rules[rule.id] = rule; });
    }).catch(function (e) { status(e.message, true); });
  }

  /** "tone.hyperbole" reads "Hyperbole"; an editor never needs the id. */
  function ruleName(id) {
    var name = id.slice(id.lastIndexOf('.') + 1).replace(/-/g, ' ');
    return name.charAt(0).toUpperCase() + name.slice(1);
  }

  function plain(description) {
    return (description || '').replace(/^T\d+(?:, T\d+)*: /, '');
  }

  /** How to fix: the finding's own advice, else the rule's, else what its message says after the colon. */
  function fix(finding, rule) {
    if (finding.suggestion) { return finding.suggestion; }
    if (rule.suggestion && rule.suggestion.indexOf('{') < 0) { return rule.suggestion; }
    var colon = finding.message.indexOf(': ');
    return colon > 0 ? finding.message.slice(colon + 2) : '';
  }

  function visible(finding) {
    return finding.severity !== 'info' || $('show-info').checked;
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(audit, PAUSE_MS);
  }

  function audit() {
    var body = {};
    var current = text.value;
    if (!current.trim()) {
      ++sequence; // an answer still on its way is for text that is gone
      if (inFlight) { inFlight.abort(); }
      show(null, '');
      status('Paste or type an article, headline first.');
      return;
    }
    body[$('format').value] = current;
    if (inFlight) { inFlight.abort(); }
    inFlight = new AbortController();
    var mine = ++sequence;
    var started = performance.now();
    status('Auditing…');
    fetch('/api/desk', { method: 'POST', headers: headers(), body: JSON.stringify(body), signal: inFlight.signal })
      .then(answer)
      .then(function (answer) {
        if (mine !== sequence) { return; }
        show(answer, current);
        status('Audited in ' + Math.round(performance.now() - started) + ' ms.');
      })
      .catch(function (e) {
        if (e.name !== 'AbortError' && mine === sequence) { status(e.message, true); }
      });
  }

  /**
   * While a new audit is on its way, findings follow the edit: those before it stay, those after
   * it move by its length, those it touched are dropped until the answer comes.
   */
  function follow(before, after) {
    var start = 0;
    while (start < before.length && start < after.length && before[start] === after[start]) { start++; }
    var endBefore = before.length;
    var endAfter = after.length;
    while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) { endBefore--; endAfter--; }
    var delta = endAfter - endBefore;
    findings = findings.filter(function (f) { return f.end <= start || f.start >= endBefore; }).map(function (f) {
      return f.start >= endBefore ? Object.assign({}, f, { start: f.start + delta, end: f.end + delta }) : f;
    });
    // The places in the cards and claims move the same way; one the edit touched points at its start.
    document.querySelectorAll('a.jump[data-start]').forEach(function (link) {
      var from = Number(link.dataset.start);
      var to = Number(link.dataset.end);
      if (from >= endBefore) {
        link.dataset.start = from + delta;
        link.dataset.end = to + delta;
      } else if (to > start) {
        link.dataset.start = link.dataset.end = Math.min(from, start);
      }
    });
  }

  /**
   * The verdict, the fix cards, claims, readability and scores come made by the server, from the
   * same code as the HTML report's (their text is escaped there); the marks and the panel at the
   * cursor are made here, where the text is.
   */
  function show(answer, current) {
    result = answer ? { doc: answer.document, text: current } : null;
    findings = answer ? answer.document.findings.slice() : [];
    var html = answer ? answer.html : {};
    $('verdict').innerHTML = html.verdict || '<p class="verdict">No article yet.</p>';
    $('fix-list').innerHTML = html.fixes || '<ol class="fixes"><li class="quiet">Nothing yet.</li></ol>';
    $('claims').innerHTML = html.claims || '';
    $('readability').innerHTML = html.readability || '';
    $('scores').innerHTML = html.scores || '';
    // The editor may have typed while the audit was away: move what came back along with that.
    if (answer && current !== text.value) { follow(current, text.value); }
    mark();
    here();
  }

  /** The backdrop: the same text, with each stretch marked by the most severe finding over it. */
  function mark() {
    var value = text.value;
    backdrop.textContent = '';
    var spans = findings.filter(function (f) { return f.end > f.start && f.start < value.length; });
    var cuts = [0, value.length];
    spans.forEach(function (f) { cuts.push(f.start, Math.min(f.end, value.length)); });
    cuts = cuts.filter(function (c, i, all) { return all.indexOf(c) === i; }).sort(function (a, b) { return a - b; });
    for (var i = 0; i + 1 < cuts.length; i++) {
      var from = cuts[i]; var to = cuts[i + 1];
      var over = spans.filter(function (f) { return f.start <= from && f.end >= to; });
      var shown = over.filter(visible);
      var piece = value.slice(from, to);
      if (!over.length) { backdrop.appendChild(document.createTextNode(piece)); continue; }
      var worst = shown.length ? shown.reduce(function (a, b) { return ORDER[b.severity] < ORDER[a.severity] ? b : a; }) : null;
      var node = el(worst ? 'mark' : 'span', worst ? 'sev-' + worst.severity : null, piece);
      node.dataset.start = from;
      node.dataset.end = to;
      backdrop.appendChild(node);
    }
    backdrop.appendChild(document.createTextNode('\n\u200b')); // a last empty line keeps the heights equal
    backdrop.scrollTop = text.scrollTop;
  }

  /** Selects [start, end) and scrolls it into view, a third of the way down. */
  function go(start, end) {
    text.focus();
    text.setSelectionRange(start, end);
    var target = null;
    backdrop.querySelectorAll('[data-start]').forEach(function (node) {
      if (!target && Number(node.dataset.start) <= start && Number(node.dataset.end) > start) { target = node; }
    });
    if (target) { text.scrollTop = Math.max(0, target.offsetTop - text.clientHeight / 3); }
    backdrop.scrollTop = text.scrollTop;
    here();
  }

  /** What the findings under the cursor say, beside the text. */
  function here() {
    var box = $('here');
    box.textContent = '';
    var at = text.selectionStart;
    var under = findings.filter(function (f) { return visible(f) && f.start <= at && (at < f.end || (at === f.end && f.end > f.start)); })
      .sort(function (a, b) { return ORDER[a.severity] - ORDER[b.severity]; });
    backdrop.querySelectorAll('mark.current').forEach(function (m) { m.classList.remove('current'); });
    if (!under.length) {
      box.appendChild(el('p', 'quiet', 'Put the cursor in highlighted text to see what is wrong and how to fix it.'));
      return;
    }
    backdrop.querySelectorAll('mark').forEach(function (m) {
      if (Number(m.dataset.start) <= at && Number(m.dataset.end) >= at) { m.classList.add('current'); }
    });
    under.forEach(function (f) {
      var rule = rules[f.rule] || {};
      var item = el('div', 'finding sev-' + f.severity);
      var head = el('p');
      head.appendChild(el('span', 'badge sev-' + f.severity, SHAPE[f.severity] + ' ' + f.severity));
      head.appendChild(el('strong', null, ruleName(f.rule)));
      head.appendChild(el('span', 'label', CATEGORY[f.category] || f.category));
      item.appendChild(head);
      item.appendChild(el('p', null, f.message));
      var advice = fix(f, rule);
      if (advice && f.message.indexOf(advice) < 0) { item.appendChild(el('p', null, 'Fix: ' + advice)); }
      if (rule.description) { item.appendChild(el('p', 'quiet', 'Why: ' + plain(rule.description))); }
      box.appendChild(item);
    });
  }

  function open(file) {
    var name = file.name.toLowerCase();
    $('format').value = /\.html?$/.test(name) ? 'html' : /\.(md|markdown)$/.test(name) ? 'markdown' : 'text';
    file.text().then(function (content) {
      text.value = content;
      previous = content;
      text.setSelectionRange(0, 0);
      text.scrollTop = 0;
      findings = [];
      mark();
      audit();
    }).catch(function (e) { status('Could not read ' + file.name + ': ' + e.message, true); });
  }

  var previous = '';
  text.addEventListener('input', function () {
    follow(previous, text.value);
    previous = text.value;
    mark();
    here();
    schedule();
  });
  text.addEventListener('scroll', function () { backdrop.scrollTop = text.scrollTop; });
  ['keyup', 'click', 'select', 'focus'].forEach(function (type) { text.addEventListener(type, here); });
  $('show-info').addEventListener('change', function () { mark(); here(); });
  // A place in a fix card or a claim: select it in the text instead of following the link.
  document.addEventListener('click', function (e) {
    var link = e.target.closest && e.target.closest('a.jump[data-start]');
    if (!link) { return; }
    e.preventDefault();
    go(Number(link.dataset.start), Number(link.dataset.end));
  });
  $('format').addEventListener('change', audit);
  $('file').addEventListener('change', function () { if (this.files[0]) { open(this.files[0]); } });
  $('token').addEventListener('change', function () {
    sessionStorage.setItem('copydesk-token', this.value);
    loadRules().then(audit);
  });
  var editor = $('editor');
  editor.addEventListener('dragover', function (e) { e.preventDefault(); });
  editor.addEventListener('drop', function (e) {
    if (e.dataTransfer && e.dataTransfer.files.length) { e.preventDefault(); open(e.dataTransfer.files[0]); }
  });
  window.addEventListener('resize', function () { backdrop.scrollTop = text.scrollTop; });
  loadRules().then(function () { if (text.value.trim()) { previous = text.value; audit(); } });
}());
