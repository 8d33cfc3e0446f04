// Service worker registration (workbox-window). The worker precaches the whole site, so after
// one visit every page, tool and the search work offline. A new build waits until the reader
// chooses "Uppdatera nu" – then it takes over and the page reloads once.
//
// Where there is no worker – unsupported, blocked by a policy (managed computers), private
// windows, site data refused – the page works as it is, with no error; the places that promise
// offline reading show their note for it ([data-offline-unavailable]) saying honestly that this browser cannot keep the handbook.
import type { Workbox } from 'workbox-window';

function noOffline(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-offline-unavailable]')) el.hidden = false;
}

export function setUpOffline(): void {
  if (!import.meta.env.PROD) return;
  let container: ServiceWorkerContainer | undefined;
  try {
    container = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
  } catch {
    container = undefined;
  }
  if (!container || typeof container.register !== 'function') {
    noOffline();
    return;
  }
  // workbox-window arrives once the page has loaded – Workbox registers only then anyway – so it
  // is never part of a page's first load.
  const start = () =>
    void import('workbox-window').then(({ Workbox }) => register(new Workbox(`${BASE}sw.js`, { scope: BASE })), noOffline);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

const BASE = import.meta.env.BASE_URL;

function register(wb: Workbox): void {
  const notice = document.querySelector<HTMLElement>('[data-update-notice]');

  wb.addEventListener('waiting', () => {
    if (!notice) return;
    notice.hidden = false;
    notice.querySelector('[data-update-now]')?.addEventListener('click', () => {
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    });
    notice.querySelector('[data-update-later]')?.addEventListener('click', () => {
      notice.hidden = true;
    });
  });
  // A refused registration (or one that yields nothing, as when workers are blocked) is not an
  // error for the reader: the site works online as before.
  wb.register()
    .then((registration) => {
      if (!registration) noOffline();
    })
    .catch(() => noOffline());
}
