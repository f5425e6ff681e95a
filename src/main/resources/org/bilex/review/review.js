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
