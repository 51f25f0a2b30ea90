/*
 * Draws the charts of a page from data in the page (no inline script, so the Content-Security-Policy can forbid
 * it): every element with a data-chart attribute holds its chart as JSON, written by the server:
 *
 *   type    "bar" (the default) or "line"
 *   labels  a bar chart's categories (one group of bars each)
 *   series  [{name, data}]: a bar chart's values, one per label (null for none); a line chart's [date, value] points
 *   yMax    optional top of the value axis (100 for a percentage)
 *   marks   a line chart's dates to mark with a vertical line: [{date, label}]
 *
 * Data without series is the targets' chart, {labels, delivered, expected, deliveredLabel, expectedLabel}: a bar
 * chart of delivered against expected by now.
 */
(function () {
  'use strict';

  /** The series of the chart: as written, or the targets' two. */
  function seriesOf(data) {
    if (data.series) {
      return data.series;
    }
    return [
      { name: data.deliveredLabel, data: data.delivered },
      { name: data.expectedLabel, data: data.expected }
    ];
  }

  function barOption(data, series) {
    return {
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { data: series.map(function (s) { return s.name; }) },
      grid: { left: 48, right: 16, bottom: 72, containLabel: true },
      xAxis: { type: 'category', data: data.labels, axisLabel: { interval: 0, rotate: 20 } },
      yAxis: { type: 'value', max: data.yMax },
      series: series.map(function (s) { return { name: s.name, type: 'bar', data: s.data }; })
    };
  }

  /** A line over time; the marked dates widen the time axis so that they show. */
  function lineOption(data, series) {
    var marks = data.marks || [];
    var markTimes = marks.map(function (m) { return echarts.time.parse(m.date).getTime(); });
    var lines = series.map(function (s) {
      return { name: s.name, type: 'line', data: s.data, symbolSize: 8 };
    });
    if (lines.length > 0 && marks.length > 0) {
      lines[0].markLine = {
        symbol: 'none',
        lineStyle: { type: 'dashed' },
        label: { formatter: '{b}' },
        data: marks.map(function (m) { return { name: m.label, xAxis: m.date }; })
      };
    }
    return {
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { data: series.map(function (s) { return s.name; }) },
      grid: { left: 48, right: 48, bottom: 48, containLabel: true },
      xAxis: {
        type: 'time',
        min: function (extent) { return Math.min.apply(null, [extent.min].concat(markTimes)); },
        max: function (extent) { return Math.max.apply(null, [extent.max].concat(markTimes)); }
      },
      yAxis: { type: 'value', min: 0, max: data.yMax },
      series: lines
    };
  }

  function draw(element) {
    var data;
    try {
      data = JSON.parse(element.getAttribute('data-chart'));
    } catch (e) {
      return;
    }
    if (typeof echarts === 'undefined' || !data) {
      return;
    }
    var series = seriesOf(data);
    if (!series || series.length === 0 || (data.type !== 'line' && !data.labels)) {
      return;
    }
    var option = data.type === 'line' ? lineOption(data, series) : barOption(data, series);
    option.aria = { enabled: true };
    // ECharts' own words (month names of a time axis) in the page's language
    var locale = /^zh/i.test(document.documentElement.lang || '') ? 'ZH' : 'EN';
    var chart = echarts.init(element, null, { renderer: 'canvas', locale: locale });
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function init() {
    var elements = document.querySelectorAll('[data-chart]');
    for (var i = 0; i < elements.length; i++) {
      draw(elements[i]);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
