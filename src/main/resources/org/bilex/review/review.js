// bilex review: one document. Plain JavaScript, no library, works from file://.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('bilex-data').textContent);
  var card = document.getElementById('entity');
  var current = null;

  function text(tag, s, cls) {
    var e = document.createElement(tag);
    e.textContent = s;
    if (cls) e.className = cls;
    return e;
  }

  function clear() {
    document.querySelectorAll('.hl').forEach(function (e) { e.classList.remove('hl'); });
    document.querySelectorAll('.sel').forEach(function (e) { e.classList.remove('sel'); });
  }

  function show(id) {
    var e = data.entities[id];
    card.textContent = '';
    if (!e) { card.appendChild(text('p', 'Click a box, a highlight or an entity below.', 'note')); return; }
    card.appendChild(text('h3', e.canonical));
    var p = document.createElement('p');
    p.appendChild(text('span', e.type + ' · ' + id + ' · '));
    if (e.url) {
      var a = text('a', e.xref);
      a.href = e.url; a.target = '_blank'; a.rel = 'noopener';
      p.appendChild(a);
    } else {
      p.appendChild(text('span', e.xref || 'no identifier'));
    }
    card.appendChild(p);
    card.appendChild(text('div', e.mentions + ' mention' + (e.mentions === 1 ? '' : 's') + ' on page' + (e.pages.length === 1 ? ' ' : 's ') + e.pages.join(', ')));
    card.appendChild(text('div', 'forms:'));
    var ul = document.createElement('ul');
    ul.className = 'forms';
    e.forms.forEach(function (f) { ul.appendChild(text('li', f)); });
    card.appendChild(ul);
  }

  function select(id) {
    clear();
    if (!id || id === current) { current = null; show(null); return; }
    current = id;
    document.querySelectorAll('[data-mention^="' + id + ':"]').forEach(function (e) { e.classList.add('hl'); });
    document.querySelectorAll('[data-entity="' + id + '"]').forEach(function (e) { e.classList.add('sel'); });
    show(id);
  }
  window.bilexSelect = select;

  document.addEventListener('click', function (ev) {
    var t = ev.target.closest('[data-mention],[data-entity]');
    if (!t) return;
    select(t.getAttribute('data-entity') || t.getAttribute('data-mention').split(':')[0]);
  });

  var hidden = {};
  function filterRelations() {
    var pred = document.getElementById('predicate-filter').value;
    document.querySelectorAll('tr[data-relation]').forEach(function (r) {
      var off = (pred && r.getAttribute('data-predicate') !== pred) ||
        hidden[r.getAttribute('data-subject-type')] || hidden[r.getAttribute('data-object-type')];
      r.classList.toggle('off', !!off);
    });
  }
  document.querySelectorAll('[data-type-filter]').forEach(function (box) {
    box.addEventListener('change', function () {
      var t = box.getAttribute('data-type-filter');
      hidden[t] = !box.checked;
      document.body.classList.toggle('hide-' + t, !box.checked);
      filterRelations();
    });
  });
  document.getElementById('predicate-filter').addEventListener('change', filterRelations);
})();

// Curation: decisions recorded on the page, saved as a bilex-curation/1 file (see docs/curation.md).
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('bilex-data').textContent);
  var decisions = [];
  var list = document.getElementById('decisions');
  var count = document.getElementById('decision-count');

  function ref(id) { var e = data.entities[id]; return { type: e.type, canonical: e.canonical }; }
  function el(tag, attrs, textContent) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (textContent) e.textContent = textContent;
    return e;
  }
  function describe(d) {
    if (d.action === 'reject-entity') return 'reject ' + d.entity.type + ' ' + d.entity.canonical;
    if (d.action === 'add-form') return 'add "' + d.form + '" as ' + d.entity.type + ' ' + d.entity.canonical;
    var s = d.subject.canonical + ' ' + d.predicate + ' ' + d.object.canonical;
    if (d.action === 'reject-relation') return 'reject ' + s;
    return 'correct ' + s + ' to ' + (d.to.predicate || d.predicate) + (d.to.reverse ? ' (reversed)' : '');
  }
  function render() {
    list.textContent = '';
    decisions.forEach(function (d, i) {
      var li = el('li', {}, describe(d) + ' [' + d.scope + '] ');
      var undo = el('button', { type: 'button', 'class': 'undo' }, 'undo');
      undo.addEventListener('click', function () { decisions.splice(i, 1); render(); });
      li.appendChild(undo);
      list.appendChild(li);
    });
    count.textContent = decisions.length + ' decision' + (decisions.length === 1 ? '' : 's');
  }
  function add(d) { decisions.push(d); render(); }

  function curation() {
    return {
      schema: 'bilex-curation/1',
      document: { name: data.document, sha256: data.sha256 },
      curator: document.getElementById('curator').value,
      note: document.getElementById('curation-note').value,
      decisions: decisions
    };
  }
  window.bilexCuration = curation;

  document.getElementById('save-curation').addEventListener('click', function () {
    var blob = new Blob([JSON.stringify(curation(), null, 2) + '\n'], { type: 'application/json' });
    var a = el('a', { download: data.document + '.curation.json' });
    a.href = URL.createObjectURL(blob);
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  });

  // the entity card gets a reject button whenever it shows an entity
  var card = document.getElementById('entity');
  new MutationObserver(function () {
    if (card.querySelector('#reject-entity') || !card.querySelector('h3')) return;
    var id = document.querySelector('li[data-entity].sel');
    if (!id) return;
    id = id.getAttribute('data-entity');
    var box = el('div', { 'class': 'curate-entity' });
    var scope = el('select', { id: 'reject-scope' });
    scope.appendChild(el('option', { value: 'document' }, 'this document'));
    scope.appendChild(el('option', { value: 'all' }, 'all documents'));
    var note = el('input', { id: 'reject-note', placeholder: 'why', size: '14' });
    var btn = el('button', { id: 'reject-entity', type: 'button' }, 'reject entity');
    btn.addEventListener('click', function () {
      add({ action: 'reject-entity', scope: scope.value, entity: ref(id), forms: data.entities[id].forms.slice(), note: note.value });
      document.querySelectorAll('[data-mention^="' + id + ':"]').forEach(function (m) { m.classList.add('rejected'); });
    });
    box.appendChild(btn); box.appendChild(document.createTextNode(' in ')); box.appendChild(scope); box.appendChild(note);
    card.appendChild(box);
    document.getElementById('new-type').value = data.entities[id].type;
    document.getElementById('new-canonical').value = data.entities[id].canonical;
    document.getElementById('new-xref').value = data.entities[id].xref || '';
  }).observe(card, { childList: true });

  document.getElementById('add-form').addEventListener('click', function () {
    var form = document.getElementById('new-form').value.trim();
    var canonical = document.getElementById('new-canonical').value.trim();
    if (!form || !canonical) return;
    add({ action: 'add-form', scope: document.getElementById('new-scope').value, form: form,
      entity: { type: document.getElementById('new-type').value, canonical: canonical },
      xref: document.getElementById('new-xref').value.trim() });
  });

  document.querySelectorAll('tr[data-relation]').forEach(function (row) {
    var cell = row.querySelector('td.curate');
    var base = function () {
      return { subject: ref(row.getAttribute('data-subject')), predicate: row.getAttribute('data-predicate'),
        object: ref(row.getAttribute('data-object')) };
    };
    var reject = el('button', { type: 'button', 'class': 'reject-relation' }, 'reject');
    reject.addEventListener('click', function () {
      var d = base(); d.action = 'reject-relation'; d.scope = 'document'; add(d); row.classList.add('rejected');
    });
    var to = el('select', { 'class': 'to-predicate' });
    data.predicates.forEach(function (p) {
      var o = el('option', {}, p);
      if (p === row.getAttribute('data-predicate')) o.selected = true;
      to.appendChild(o);
    });
    var rev = el('input', { type: 'checkbox', 'class': 'reverse' });
    var label = el('label', {}, ' reverse');
    label.insertBefore(rev, label.firstChild);
    var fix = el('button', { type: 'button', 'class': 'correct-relation' }, 'correct');
    fix.addEventListener('click', function () {
      var d = base(); d.action = 'correct-relation'; d.scope = 'document';
      d.to = { reverse: rev.checked };
      if (to.value !== d.predicate) d.to.predicate = to.value;
      if (!d.to.predicate && !d.to.reverse) return;
      add(d);
    });
    cell.appendChild(reject); cell.appendChild(el('br')); cell.appendChild(to); cell.appendChild(label); cell.appendChild(fix);
  });
})();
