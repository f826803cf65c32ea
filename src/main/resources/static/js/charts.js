// Draws the charts from data the server put into data- attributes (amounts are exact decimals as text).
(() => {
  const charts = new Map();

  function list(text) {
    return text ? text.split('|') : [];
  }

  function themeColours() {
    const style = getComputedStyle(document.body);
    return { text: style.getPropertyValue('--bs-body-color').trim(), grid: style.getPropertyValue('--bs-border-color').trim() };
  }

  function draw(canvas) {
    if (charts.has(canvas)) {
      charts.get(canvas).destroy();
    }
    const colours = themeColours();
    Chart.defaults.color = colours.text;
    Chart.defaults.borderColor = colours.grid;
    const labels = list(canvas.dataset.labels);
    let config;
    if (canvas.dataset.chart === 'pie') {
      config = {
        type: 'doughnut',
        data: { labels, datasets: [{ data: list(canvas.dataset.values).map(Number), backgroundColor: list(canvas.dataset.colours) }] },
        options: { plugins: { legend: { display: false } }, animation: false, maintainAspectRatio: false },
      };
    } else {
      config = {
        type: 'bar',
        data: {
          labels,
          datasets: [
            { label: 'Income', data: list(canvas.dataset.income).map(Number), backgroundColor: '#22c55e' },
            { label: 'Expenses', data: list(canvas.dataset.expense).map(Number), backgroundColor: '#ef4444' },
          ],
        },
        options: { animation: false, maintainAspectRatio: false, scales: { x: { ticks: { maxRotation: 0, autoSkip: true } } } },
      };
    }
    charts.set(canvas, new Chart(canvas, config));
  }

  function drawAll() {
    document.querySelectorAll('canvas[data-chart]').forEach(draw);
  }

  document.addEventListener('DOMContentLoaded', drawAll);
  document.addEventListener('htmx:afterSettle', drawAll);
  document.addEventListener('expensync:theme', drawAll);
})();
