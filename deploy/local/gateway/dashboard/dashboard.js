// The analysts' dashboard: fetches the board report's SVG charts with the analyst's token.
// The token lives in a variable of this script only: never in the browser's storage or in a cookie.
(function () {
  'use strict';
  var CHARTS = ['reports-by-month', 'reports-by-strand', 'reports-by-district'];
  var token = null;
  var quarter = null;
  var urls = [];

  function status(text) {
    document.getElementById('status').textContent = text;
  }

  function api(path, accept) {
    return fetch('/api/v1/analytics/board-reports/' + encodeURIComponent(quarter) + path, {
      headers: { 'Authorization': 'Bearer ' + token, 'Accept': accept },
      credentials: 'omit',
      cache: 'no-store'
    }).then(function (response) {
      if (!response.ok) {
        return response.json().then(function (problem) {
          throw new Error(problem.detail || problem.title || ('HTTP ' + response.status));
        }, function () {
          throw new Error('HTTP ' + response.status);
        });
      }
      return response.blob();
    });
  }

  function release() {
    urls.forEach(function (url) { URL.revokeObjectURL(url); });
    urls = [];
  }

  function show(event) {
    event.preventDefault();
    token = document.getElementById('token').value.trim();
    document.getElementById('token').value = '';
    quarter = document.getElementById('quarter').value.trim();
    release();
    status('Loading ' + quarter + '…');
    Promise.all(CHARTS.map(function (name) {
      return api('/charts/' + name, 'image/svg+xml').then(function (svg) {
        var url = URL.createObjectURL(svg);
        urls.push(url);
        document.getElementById(name).src = url;
      });
    })).then(function () {
      document.getElementById('charts').hidden = false;
      status('Quarter ' + quarter + '.');
    }, function (error) {
      status('Could not load the charts: ' + error.message);
    });
  }

  function download(accept, extension) {
    return function () {
      api('', accept).then(function (file) {
        var url = URL.createObjectURL(file);
        var link = document.createElement('a');
        link.href = url;
        link.download = 'partnership-board-report-' + quarter + '.' + extension;
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
      }, function (error) {
        status('Could not download the report: ' + error.message);
      });
    };
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.getElementById('quarter-form').addEventListener('submit', show);
    document.getElementById('download-html').addEventListener('click', download('text/html', 'html'));
    document.getElementById('download-pdf').addEventListener('click', download('application/pdf', 'pdf'));
  });
}());
