// bilex review: the index. Sort by clicking a column head; filter by text.
(function () {
  'use strict';
  var table = document.getElementById('documents');
  var body = table.tBodies[0];
  var heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, col) {
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
  var filter = document.getElementById('filter');
  var only = document.getElementById('problems-only');
  function apply() {
    var q = filter.value.trim().toLowerCase();
    Array.prototype.forEach.call(body.rows, function (r) {
      var off = (q && r.textContent.toLowerCase().indexOf(q) < 0) || (only.checked && !r.classList.contains('has-problem'));
      r.classList.toggle('off', !!off);
    });
  }
  filter.addEventListener('input', apply);
  only.addEventListener('change', apply);
})();
