// Sorting and filtering for the batch index. Rows carry their values in data-* attributes;
// nothing from an article is ever read as markup.
(function () {
  var table = document.getElementById('documents');
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var text = document.getElementById('filter-text');
  var status = document.getElementById('filter-status');
  var category = document.getElementById('filter-category');
  var shown = document.getElementById('shown');

  function apply() {
    var needle = text.value.toLowerCase();
    var count = 0;
    rows.forEach(function (row) {
      var ok = (!needle || row.getAttribute('data-path').toLowerCase().indexOf(needle) >= 0)
        && (!status.value || row.getAttribute('data-status') === status.value)
        && (!category.value || Number(row.getAttribute('data-' + category.value)) > 0);
      row.classList.toggle('hidden', !ok);
      if (ok) { count++; }
    });
    shown.textContent = count + ' of ' + rows.length + ' shown';
  }

  function sortBy(th, column, numeric) {
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    rows.sort(function (a, b) {
      var x = a.cells[column].getAttribute('data-sort');
      var y = b.cells[column].getAttribute('data-sort');
      var order = numeric ? Number(x) - Number(y) : (x < y ? -1 : x > y ? 1 : 0);
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
    var button = th.querySelector('button');
    if (button) {
      button.addEventListener('click', function () { sortBy(th, column, th.getAttribute('data-type') === 'number'); });
    }
  });
  [text, status, category].forEach(function (control) { control.addEventListener('input', apply); });
  document.getElementById('index-tools').hidden = false;
  apply();
})();
