// The editor's desk: audits the text as the editor types (after a pause), and shows what to fix
// first, the text with its findings marked by severity, and why, at the cursor. Article text only
// ever goes into the page as text nodes and form values, never as markup.
'use strict';
(function () {
  var PAUSE_MS = 350;
  var ORDER = { error: 0, warning: 1, info: 2 };
  var SHAPE = { error: '■', warning: '▲', info: '●' };
  var CATEGORY = { integrity: 'Integrity', tone: 'Tone', sourcing: 'Sourcing', clarity: 'Clarity', hygiene: 'Hygiene' };
  var KIND = {
    'named-person': 'a named person', organisation: 'an organisation', institution: 'an institution',
    document: 'a document', anonymous: 'an anonymous source', vague: 'a vague group', author: 'the author',
    unresolved: 'someone the article does not name', link: 'a link'
  };
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

  /** A card says why in one sentence; the panel at the cursor has the rest. */
  function firstSentence(description) {
    var m = plain(description).match(/^(.+?[.!?])(?=\s+[A-Z("]|$)/);
    return m ? m[1] : plain(description);
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
    if (!current.trim()) { show(null, ''); status('Paste or type an article, headline first.'); return; }
    body[$('format').value] = current;
    if (inFlight) { inFlight.abort(); }
    inFlight = new AbortController();
    var mine = ++sequence;
    var started = performance.now();
    status('Auditing…');
    fetch('/api/audit', { method: 'POST', headers: headers(), body: JSON.stringify(body), signal: inFlight.signal })
      .then(answer)
      .then(function (doc) {
        if (mine !== sequence) { return; }
        show(doc, current);
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
  }

  function show(doc, current) {
    result = doc ? { doc: doc, text: current } : null;
    findings = doc && doc.status === 'audited' ? doc.findings.slice() : [];
    verdict(doc);
    fixes();
    mark();
    claims(doc, current);
    readability(doc);
    scores(doc);
    here();
  }

  function verdict(doc) {
    var node = $('verdict');
    node.textContent = '';
    if (!doc) { node.textContent = 'No article yet.'; return; }
    if (doc.status !== 'audited') { node.textContent = 'Not audited: ' + doc.error; return; }
    var count = { error: 0, warning: 0, info: 0 };
    doc.findings.forEach(function (f) { count[f.severity]++; });
    var unsourced = doc.claims.filter(function (c) { return !c.attributed; });
    var statistics = unsourced.filter(function (c) { return c.type === 'statistic'; }).length;
    var parts = ['Score ' + doc.scores.overall + '/100',
      count.error + ' error' + (count.error === 1 ? '' : 's'),
      count.warning + ' warning' + (count.warning === 1 ? '' : 's')];
    parts.push(unsourced.length + ' of ' + doc.claims.length + ' claims without a source' +
      (statistics ? ' (' + statistics + ' statistic' + (statistics === 1 ? '' : 's') + ')' : ''));
    parts.push(count.info + ' hint' + (count.info === 1 ? '' : 's'));
    node.textContent = parts.join(' · ');
  }

  /** Errors, then warnings, one card per rule with its count, what it found, why, and the fix. */
  function fixes() {
    var list = $('fix-list');
    list.textContent = '';
    var groups = {};
    findings.forEach(function (f) {
      if (f.severity === 'info') { return; }
      (groups[f.rule] = groups[f.rule] || []).push(f);
    });
    var ids = Object.keys(groups).sort(function (a, b) {
      var ga = groups[a]; var gb = groups[b];
      return ORDER[ga[0].severity] - ORDER[gb[0].severity] || gb.length - ga.length || ga[0].start - gb[0].start;
    });
    if (!ids.length) {
      list.appendChild(el('li', 'quiet', result ? 'No errors or warnings. Hints are marked when you tick “Show info”.' : 'Nothing yet.'));
      return;
    }
    ids.forEach(function (id) { list.appendChild(card(id, groups[id])); });
  }

  function card(id, group) {
    var first = group[0];
    var rule = rules[id] || {};
    var item = el('li', 'fix sev-' + first.severity);
    var title = el('p', 'title');
    title.appendChild(el('span', 'badge sev-' + first.severity, SHAPE[first.severity] + ' ' + first.severity));
    title.appendChild(document.createTextNode(ruleName(id) + (group.length > 1 ? ' ×' + group.length : '')));
    title.appendChild(el('span', 'label', CATEGORY[first.category] || first.category));
    item.appendChild(title);
    var places = el('p');
    var seen = {};
    group.slice(0, 8).forEach(function (f) {
      var words = (f.excerpt || '').replace(/\s+/g, ' ').trim();
      if (words.length > 48) { words = words.slice(0, 47) + '…'; }
      if (seen[words]) { return; }
      seen[words] = true;
      var jump = el('button', 'jump', words || 'line ' + f.line);
      jump.type = 'button';
      jump.title = 'Go to line ' + f.line + ', column ' + f.column;
      jump.addEventListener('click', function () { go(f.start, f.end); });
      places.appendChild(jump);
    });
    item.appendChild(places);
    item.appendChild(el('p', null, firstSentence(rule.description) || first.message));
    var advice = fix(first, rule);
    if (advice) { item.appendChild(el('p', null, 'Fix: ' + advice)); }
    return item;
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

  function claims(doc, current) {
    var list = $('claims');
    list.textContent = '';
    if (!doc || doc.status !== 'audited') { return; }
    if (!doc.claims.length) { list.appendChild(el('li', 'quiet', 'No check-worthy claims found.')); return; }
    doc.claims.forEach(function (c) {
      var item = el('li');
      var jump = el('button', 'jump', current.slice(c.start, c.end).replace(/\s+/g, ' ').trim());
      jump.type = 'button';
      jump.addEventListener('click', function () { go(c.start, c.end); });
      item.appendChild(jump);
      var source = c.attributed
        ? el('span', 'claim-source', 'Source: ' + c.source + (KIND[c.sourceKind] ? ' (' + KIND[c.sourceKind] + ')' : ''))
        : el('span', 'claim-source none', 'No source' + (c.vagueSource ? ': only “' + c.vagueSource + '”' : ''));
      item.appendChild(source);
      list.appendChild(item);
    });
  }

  function readability(doc) {
    var list = $('readability');
    list.textContent = '';
    if (!doc || doc.status !== 'audited') { return; }
    var m = doc.metrics;
    [['Words', m.words], ['Sentences', m.sentences], ['Words per sentence', m.wordsPerSentence],
      ['School grade (consensus)', m.consensusGrade], ['Flesch reading ease', m.fleschReadingEase],
      ['Flesch-Kincaid grade', m.fleschKincaidGrade], ['Gunning fog', m.gunningFog],
      ['SMOG', m.smog === undefined ? undefined : m.smog + (m.smogProvisional ? ' (under 30 sentences: a guess)' : '')]]
      .forEach(function (row) {
        if (row[1] === undefined) { return; }
        list.appendChild(el('dt', null, row[0]));
        list.appendChild(el('dd', null, String(row[1])));
      });
  }

  function scores(doc) {
    var box = $('scores');
    box.textContent = '';
    if (!doc || doc.status !== 'audited') { return; }
    ['overall', 'integrity', 'tone', 'sourcing', 'clarity', 'hygiene'].forEach(function (key) {
      var section = el('div', 'score');
      section.appendChild(el('h3', null, (CATEGORY[key] || 'Overall') + ': ' + doc.scores[key] + '/100'));
      var lost = el('ul');
      (doc.deductions[key] || []).forEach(function (d) {
        var what = d.source && d.source.indexOf('.') > 0 ? ruleName(d.source) : (d.source || '');
        lost.appendChild(el('li', null, '−' + d.points + ' ' + what + ': ' + d.reason));
      });
      if (!lost.childNodes.length) { lost.appendChild(el('li', 'quiet', 'No points lost.')); }
      section.appendChild(lost);
      box.appendChild(section);
    });
  }

  function open(file) {
    var name = file.name.toLowerCase();
    $('format').value = /\.html?$/.test(name) ? 'html' : /\.(md|markdown)$/.test(name) ? 'markdown' : 'text';
    file.text().then(function (content) {
      text.value = content;
      text.setSelectionRange(0, 0);
      text.scrollTop = 0;
      findings = [];
      mark();
      audit();
    });
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
