/*
 * InnoPark console: CSRF for htmx requests, the page behaviour that would otherwise be inline event handlers (the
 * Content-Security-Policy allows no inline handler), and charts drawn with ECharts from the data each page embeds.
 * Every text a chart shows as HTML (tooltips) goes through esc(): park, enterprise and other names are data.
 */
(function () {
  'use strict';

  var HTML_ESCAPES = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

  /** The text as HTML that shows exactly that text. */
  function esc(value) {
    if (value === null || value === undefined) {
      return '';
    }
    return String(value).replace(/[&<>"']/g, function (ch) { return HTML_ESCAPES[ch]; });
  }

  /** A select marked data-autosubmit sends its form when it changes. */
  document.addEventListener('change', function (event) {
    var target = event.target;
    if (target && target.matches && target.matches('select[data-autosubmit]') && target.form) {
      target.form.submit();
    }
  });

  /** A tab of a data-tabs list becomes the active one when clicked; the link itself goes nowhere. */
  document.addEventListener('click', function (event) {
    var tab = event.target && event.target.closest ? event.target.closest('[data-tabs] > a') : null;
    if (!tab) {
      return;
    }
    event.preventDefault();
    tab.parentNode.querySelectorAll('a').forEach(function (a) { a.classList.remove('active'); });
    tab.classList.add('active');
  });

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
    guardTooltips(option);
    option.color = option.color || palette;
    option.textStyle = option.textStyle || {fontFamily: getComputedStyle(document.body).fontFamily};
    c.setOption(option);
    el.setAttribute('data-chart-ready', 'true');
    charts.push(c);
    return c;
  }

  /**
   * A tooltip given as a template string ('{b}: {c}') is filled in with escaped values; one given as a function
   * must escape what it returns itself (with esc), which every page's formatter does.
   */
  function guardTooltips(option) {
    [].concat(option.tooltip || [], (option.series || []).map(function (s) { return s.tooltip; }))
      .forEach(function (tooltip) {
        if (tooltip && typeof tooltip.formatter === 'string') {
          var template = tooltip.formatter;
          tooltip.formatter = function (params) { return fill(template, params); };
        }
      });
  }

  /** ECharts' {a} {b} {c} {d} template placeholders, filled in with escaped text. */
  function fill(template, params) {
    var p = Array.isArray(params) ? params[0] : params;
    var values = {a: p.seriesName, b: p.name, c: Array.isArray(p.value) ? p.value.join(', ') : p.value, d: p.percent};
    return template.replace(/\{([abcd])\}/g, function (whole, key) { return esc(values[key]); });
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

  window.InnoPark = {chart: chart, compact: compact, esc: esc, palette: palette};
})();
