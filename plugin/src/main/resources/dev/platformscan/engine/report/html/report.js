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
      });
    });

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
      var shown = 0;
      rows.forEach(function (row) {
        var visible = matches(row);
        row.hidden = !visible;
        shown += visible ? 1 : 0;
      });
      byId('filter-count').textContent = shown + ' of ' + rows.length + ' shown';
      byId('no-match').hidden = shown > 0;
    }

    [capability, module, team, text].forEach(function (control) {
      if (control) {
        control.addEventListener(control === text ? 'input' : 'change', filter);
      }
    });
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
