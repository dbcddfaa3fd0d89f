/* InnoPark console: CSRF for htmx requests, and charts drawn with ECharts from the data each page embeds. */
(function () {
  'use strict';

  document.addEventListener('htmx:configRequest', function (event) {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token && header.content) {
      event.detail.headers[header.content] = token.content;
    }
  });

  var charts = [];
  var palette = ['#1f5fbf', '#2f9e77', '#e8a33d', '#d9534f', '#7b61c9', '#3aa6c9', '#8c9aab', '#c46fa3', '#6f8f2f'];

  /** Draws a chart in the element with the given id; does nothing when the element is absent. */
  function chart(id, option) {
    var el = document.getElementById(id);
    if (!el || !window.echarts) {
      return null;
    }
    var c = window.echarts.init(el, null, {renderer: 'canvas'});
    option.color = option.color || palette;
    option.textStyle = option.textStyle || {fontFamily: getComputedStyle(document.body).fontFamily};
    c.setOption(option);
    el.setAttribute('data-chart-ready', 'true');
    charts.push(c);
    return c;
  }

  window.addEventListener('resize', function () {
    charts.forEach(function (c) { c.resize(); });
  });

  /** A number in the units Chinese officials read: 万 and 亿 (or K/M/B in English). */
  function compact(value, lang) {
    if (value === null || value === undefined || isNaN(value)) {
      return '—';
    }
    var abs = Math.abs(value);
    if (lang === 'en') {
      if (abs >= 1e9) return (value / 1e9).toFixed(2) + 'B';
      if (abs >= 1e6) return (value / 1e6).toFixed(2) + 'M';
      if (abs >= 1e3) return (value / 1e3).toFixed(1) + 'K';
      return String(Math.round(value * 100) / 100);
    }
    if (abs >= 1e8) return (value / 1e8).toFixed(2) + '亿';
    if (abs >= 1e4) return (value / 1e4).toFixed(1) + '万';
    return String(Math.round(value * 100) / 100);
  }

  window.InnoPark = {chart: chart, compact: compact, palette: palette};
})();
