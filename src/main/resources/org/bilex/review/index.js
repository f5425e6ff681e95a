// bilex review: the index and corpus pages. Sort a table by clicking a column head; filter by text.
(function () {
  'use strict';
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var body = table.tBodies[0];
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      if (!th.hasAttribute('data-kind')) return;
      th.addEventListener('click', function () {
        var asc = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
        var num = th.getAttribute('data-kind') === 'num';
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[col].textContent.trim(), y = b.cells[col].textContent.trim();
          var c = num ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y);
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
  var only = document.getElementById('problems-only');
  var filters = document.querySelectorAll('input[data-filter]');
  function apply() {
    filters.forEach(function (f) {
      var q = f.value.trim().toLowerCase();
      f.getAttribute('data-filter').split(' ').forEach(function (id) {
        var t = document.getElementById(id);
        if (!t) return;
        Array.prototype.forEach.call(t.tBodies[0].rows, function (r) {
          var off = (q && r.textContent.toLowerCase().indexOf(q) < 0) ||
            (only && only.checked && id === 'documents' && !r.classList.contains('has-problem'));
          r.classList.toggle('off', !!off);
        });
      });
    });
  }
  filters.forEach(function (f) { f.addEventListener('input', apply); });
  if (only) only.addEventListener('change', apply);
})();
