// Runs before the page paints: light or dark as chosen, else as the system prefers.
(() => {
  const chosen = localStorage.getItem('expensync-theme');
  const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  document.documentElement.dataset.bsTheme = chosen || (dark ? 'dark' : 'light');
})();
