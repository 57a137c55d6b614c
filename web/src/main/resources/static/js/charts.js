/* Draws a bar chart beside each table marked data-chart, from the table's own rows, so the chart
   and its text alternative can never disagree. Without JavaScript the tables still say it all. */
(function () {
    'use strict';
    if (typeof Chart === 'undefined') {
        return;
    }
    var colours = {
        NOT_STARTED: '#505a5f', ON_TARGET: '#00703c', PROGRESSING: '#8a4a00', COMPLETED: '#1d4f91', SUPERSEDED: '#4c2c92',
        GREEN: '#00703c', AMBER: '#8a4a00', RED: '#b10e1e', NOT_ASSESSED: '#505a5f'
    };
    document.querySelectorAll('table[data-chart]').forEach(function (table) {
        var labels = [], values = [], fills = [];
        table.querySelectorAll('tbody tr').forEach(function (row) {
            labels.push(row.querySelector('th').textContent.trim());
            values.push(Number(row.querySelector('td').textContent.trim()));
            fills.push(colours[row.dataset.colour] || '#505a5f');
        });
        var box = document.createElement('div');
        box.className = 'chart';
        var canvas = document.createElement('canvas');
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', table.dataset.chart);
        box.appendChild(canvas);
        var wrap = table.closest('.table-wrap') || table;
        wrap.parentNode.insertBefore(box, wrap);
        new Chart(canvas, {
            type: 'bar',
            data: {labels: labels, datasets: [{label: table.caption ? table.caption.textContent : '', data: values, backgroundColor: fills}]},
            options: {
                indexAxis: 'y', animation: false, maintainAspectRatio: false,
                plugins: {legend: {display: false}},
                scales: {x: {beginAtZero: true, ticks: {precision: 0}}}
            }
        });
    });
}());
