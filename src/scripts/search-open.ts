// Opens the search dialog (the header's button or "/") at once, on every page, and loads the
// searching itself (./search.ts) on the first open: a page read without searching carries only this.
let wired: Promise<unknown> | undefined;

export function setUpSearch(): void {
  const dialog = document.getElementById('search-dialog') as HTMLDialogElement | null;
  const input = document.getElementById('search-input') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  if (!dialog || !input || !status || !list) return;

  const open = () => {
    if (!dialog.open) dialog.showModal();
    input.focus();
    input.select();
    wired ??= import('./search').then(
      (m) => m.runSearch(dialog, input, status, list),
      () => {
        wired = undefined;
        status.textContent = 'Sökningen kunde inte laddas. Prova att ladda om sidan.';
      },
    );
  };

  document.querySelectorAll('[data-search-open]').forEach((b) => b.addEventListener('click', open));
  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    const typing = t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName);
    if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      open();
    }
  });
}
