// The search dialog's work, loaded when it is first opened (./search-open.ts): runs Pagefind on
// what is typed and lists the results. Pagefind's script and index load then too, so pages that
// never search download none of it.
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

/** Wires the opened dialog once: the field searches as the reader types, arrows move through the results. */
export function runSearch(dialog: HTMLDialogElement, input: HTMLInputElement, status: HTMLElement, list: HTMLElement): void {
  loadPagefind().catch(() => {
    status.textContent = 'Sökningen kunde inte laddas. Prova att ladda om sidan.';
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
  // What was typed while this code was on its way.
  void showResults();

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
