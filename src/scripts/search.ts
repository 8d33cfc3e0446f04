// Opens the search dialog (button or "/") and runs Pagefind. Pagefind's script and index are
// imported on first open only, so pages that never search download none of it.
import { safeExcerpt, resultCountText } from '../lib/search-text';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  debouncedSearch(q: string, o?: object, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 10;
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  const base = import.meta.env.BASE_URL;
  pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
    await pf.options({ baseUrl: base, excerptLength: 24 });
    return pf;
  });
  return pagefind;
}

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
    loadPagefind().catch(() => {
      status.textContent = 'Sökningen kunde inte laddas. Prova att ladda om sidan.';
    });
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

  let latest = 0;
  const showResults = async (): Promise<void> => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      const pf = await loadPagefind();
      const search = await pf.debouncedSearch(query, {}, 150);
      if (search === null || ticket !== latest) return; // a newer query is on its way
      const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (ticket !== latest) return;
      list.replaceChildren(...data.map(renderResult));
      status.textContent = resultCountText(search.results.length, query, MAX_RESULTS);
    } catch {
      status.textContent = 'Sökningen misslyckades. Prova att ladda om sidan.';
    }
  };
  input.addEventListener('input', () => void showResults());

  // Arrow keys move between the search field and the results.
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll('a')];
    if (!links.length) return;
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = e.key === 'ArrowDown' ? i + 1 : i - 1;
    e.preventDefault();
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  });
}

function renderResult(r: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = r.url;
  const title = document.createElement('strong');
  title.textContent = r.meta.title ?? r.url;
  const excerpt = document.createElement('span');
  excerpt.append(...safeExcerpt(r.excerpt));
  a.append(title, excerpt);
  li.append(a);
  return li;
}
