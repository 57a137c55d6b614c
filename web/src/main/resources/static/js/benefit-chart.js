/* The benefit page's chart of its measurements against baseline and target, from the figures the
   page puts on the canvas (data-chart); the table below it says the same without JavaScript. */
(function () {
    'use strict';
    var canvas = document.getElementById('measurement-chart');
    if (!canvas || typeof Chart === 'undefined' || !canvas.dataset.chart) {
        return;
    }
    var chart = JSON.parse(canvas.dataset.chart);
    var labels = chart.labels;
    var flat = function (v) { return labels.map(function () { return v; }); };
    var datasets = [{label: 'Measurement', data: chart.values.map(Number), borderColor: '#1d70b8',
                     backgroundColor: '#1d70b8', tension: 0}];
    if (chart.baseline !== null) {
        datasets.push({label: 'Baseline', data: flat(Number(chart.baseline)), borderColor: '#505a5f',
                       borderDash: [6, 4], pointRadius: 0});
    }
    if (chart.target !== null) {
        datasets.push({label: 'Target', data: flat(Number(chart.target)), borderColor: '#00703c',
                       borderDash: [2, 3], pointRadius: 0});
    }
    window.measurementChart = new Chart(canvas, {
        type: 'line', data: {labels: labels, datasets: datasets},
        options: {animation: false, maintainAspectRatio: false,
                  scales: {y: {title: {display: !!chart.unit, text: chart.unit}}}}
    });
})();
