// Service worker registration (workbox-window). The worker precaches the whole site, so after
// one visit every page, tool and the search work offline. A new build waits until the reader
// chooses "Uppdatera nu" – then it takes over and the page reloads once.
import { Workbox } from 'workbox-window';

export function setUpOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const wb = new Workbox(`${base}sw.js`, { scope: base });
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
  void wb.register();
}
