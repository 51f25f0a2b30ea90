/*
 * Draws the charts of a page from data in the page (no inline script, so the Content-Security-Policy can forbid
 * it): every element with a data-chart attribute holds {labels, delivered, expected, deliveredLabel,
 * expectedLabel} as JSON and becomes a bar chart of delivered against expected by now.
 */
(function () {
  'use strict';

  function draw(element) {
    var data;
    try {
      data = JSON.parse(element.getAttribute('data-chart'));
    } catch (e) {
      return;
    }
    if (typeof echarts === 'undefined' || !data || !data.labels) {
      return;
    }
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      aria: { enabled: true },
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { data: [data.deliveredLabel, data.expectedLabel] },
      grid: { left: 48, right: 16, bottom: 72, containLabel: true },
      xAxis: { type: 'category', data: data.labels, axisLabel: { interval: 0, rotate: 20 } },
      yAxis: { type: 'value' },
      series: [
        { name: data.deliveredLabel, type: 'bar', data: data.delivered },
        { name: data.expectedLabel, type: 'bar', data: data.expected }
      ]
    });
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
