/* platform-scan report: sorting, filtering and opening views. The page is complete without this script.
   No template literals: Maven filters this resource. */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var table = document.getElementById('opportunity-table');

  function byId(id) {
    return document.getElementById(id);
  }

  if (table) {
    var tbody = table.tBodies[0];
    var rows = Array.prototype.slice.call(tbody.rows);
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var ascendingFirst = { rank: true, name: true, effort: true };
    var showAll = byId('show-all');
    var limited = rows.length > data.visibleRows;

    function rowData(row) {
      return data.rows[Number(row.getAttribute('data-index'))];
    }

    function compare(key, direction) {
      return function (a, b) {
        var x = rowData(a);
        var y = rowData(b);
        var order = key === 'name' ? x.name.localeCompare(y.name) : x[key] - y[key];
        return order !== 0 ? direction * order : x.rank - y.rank;
      };
    }

    headers.forEach(function (header) {
      header.querySelector('button').addEventListener('click', function () {
        var key = header.getAttribute('data-key');
        var current = header.getAttribute('aria-sort');
        var ascending = current === 'none' ? ascendingFirst[key] === true : current !== 'ascending';
        headers.forEach(function (other) {
          other.setAttribute('aria-sort', 'none');
        });
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var fragment = document.createDocumentFragment();
        rows.slice().sort(compare(key, ascending ? 1 : -1)).forEach(function (row) {
          fragment.appendChild(row);
        });
        tbody.appendChild(fragment);
        limit();
      });
    });

    /* Shows the first rows that pass the filters, up to the limit, until the reader asks for all. */
    function limit() {
      var matching = 0;
      Array.prototype.forEach.call(tbody.rows, function (row) {
        matching += row.hidden ? 0 : 1;
        row.classList.toggle('beyond', limited && !row.hidden && matching > data.visibleRows);
      });
      var shown = limited ? Math.min(matching, data.visibleRows) : matching;
      byId('filter-count').textContent = shown < matching
        ? shown + ' of ' + matching + ' matching shown (' + rows.length + ' in all)'
        : matching + ' of ' + rows.length + ' shown';
      byId('no-match').hidden = matching > 0;
      if (showAll) {
        showAll.hidden = !limited || matching <= data.visibleRows;
      }
    }

    if (showAll) {
      showAll.addEventListener('click', function () {
        limited = false;
        limit();
      });
    }

    var capability = byId('filter-capability');
    var module = byId('filter-module');
    var team = byId('filter-team');
    var text = byId('filter-text');

    function matches(row) {
      var values = rowData(row);
      var query = text.value.trim().toLowerCase();
      var haystack = [values.name].concat(values.modules, values.teams).join('\n').toLowerCase();
      return (capability.value === '' || values.capability === capability.value)
        && (module.value === '' || values.modules.indexOf(module.value) >= 0)
        && (!team || team.value === '' || values.teams.indexOf(team.value) >= 0)
        && (query === '' || haystack.indexOf(query) >= 0);
    }

    function filter() {
      rows.forEach(function (row) {
        row.hidden = !matches(row);
      });
      limit();
    }

    [capability, module, team, text].forEach(function (control) {
      if (control) {
        control.addEventListener(control === text ? 'input' : 'change', filter);
      }
    });
    table.classList.add('managed');
    limit();
    byId('filters').hidden = false;
  }

  var opportunities = Array.prototype.slice.call(document.querySelectorAll('details.opportunity'));

  function openFromHash() {
    var target = location.hash.length > 1 ? byId(decodeURIComponent(location.hash.slice(1))) : null;
    if (target && target.tagName === 'DETAILS') {
      target.open = true;
      target.scrollIntoView();
    }
  }
  window.addEventListener('hashchange', openFromHash);
  openFromHash();

  var toggle = byId('toggle-details');
  if (toggle) {
    toggle.hidden = false;
    toggle.addEventListener('click', function () {
      var open = toggle.textContent === 'Open all';
      opportunities.forEach(function (details) {
        details.open = open;
      });
      toggle.textContent = open ? 'Close all' : 'Open all';
    });
  }

  var closedBeforePrint = [];
  window.addEventListener('beforeprint', function () {
    closedBeforePrint = Array.prototype.slice.call(document.querySelectorAll('details:not([open])'));
    closedBeforePrint.forEach(function (details) {
      details.open = true;
    });
  });
  window.addEventListener('afterprint', function () {
    closedBeforePrint.forEach(function (details) {
      details.open = false;
    });
  });
}());
