// Draws the dashboard charts from the JSON the server put into the page.
(function () {
  const data = JSON.parse(document.getElementById('dashboard-data').textContent);
  const blue = '#0b5cad', green = '#2f9e44', grey = '#9aa5b1';
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.responsive = true;
  Chart.defaults.maintainAspectRatio = false;
  // the printed page is narrower than the window: redraw for it, and back afterwards
  const resizeAll = () => Object.values(Chart.instances).forEach(c => c.resize());
  window.addEventListener('beforeprint', resizeAll);
  window.addEventListener('afterprint', resizeAll);

  new Chart(document.getElementById('chart-months'), {
    type: 'bar',
    data: {
      labels: data.months.labels,
      datasets: [
        { label: data.text.gross, data: data.months.gross, backgroundColor: grey },
        { label: data.text.net, data: data.months.net, backgroundColor: blue }
      ]
    },
    options: { scales: { y: { beginAtZero: true, title: { display: true, text: data.text.hours } } } }
  });

  new Chart(document.getElementById('chart-funnel'), {
    type: 'bar',
    data: {
      labels: data.funnel.labels,
      datasets: [{
        label: data.text.tasks, data: data.funnel.counts,
        backgroundColor: ['#cbd2d9', '#f0b429', '#3ebd93', blue, '#7b8794']
      }]
    },
    options: {
      indexAxis: 'y',
      plugins: { legend: { display: false } },
      scales: { x: { beginAtZero: true, ticks: { precision: 0 } } }
    }
  });

  new Chart(document.getElementById('chart-departments'), {
    type: 'bar',
    data: {
      labels: data.departments.labels,
      datasets: [
        { label: data.text.gross, data: data.departments.gross, backgroundColor: grey },
        { label: data.text.net, data: data.departments.net, backgroundColor: green }
      ]
    },
    options: { indexAxis: 'y', scales: { x: { beginAtZero: true, title: { display: true, text: data.text.hours } } } }
  });
})();
