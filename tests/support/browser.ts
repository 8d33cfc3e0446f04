// Debian's Chromium driven by playwright-core. No browser is ever downloaded (see README).
// One Chromium serves the whole e2e run: global-setup.ts starts it with launchServer() and every
// test file connects to it; each test still gets contexts of its own, so storage stays apart.
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from './chromium';

export { CHROMIUM_PATH, launchBrowser } from './chromium';

/** The shared Chromium that global-setup started, or a new one when there is none. */
export function connectBrowser(): Promise<Browser> {
  const wsEndpoint = inject('browserWSEndpoint');
  return wsEndpoint ? chromium.connect(wsEndpoint) : launchBrowser();
}

export interface Watched {
  page: Page;
  /** console errors and uncaught exceptions seen on the page */
  errors: string[];
  /** every request URL that left the site's origin */
  foreign: string[];
}

/**
 * A page that records console errors and any request that leaves the site's origin, so that
 * tests can assert there are none.
 */
export async function watchedPage(context: BrowserContext, baseURL: string): Promise<Watched> {
  const origin = new URL(baseURL).origin;
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
  });
  return { page, errors, foreign };
}

/**
 * A fresh context (own storage) in Swedish. Service workers are blocked unless a test asks for
 * them with `serviceWorkers: 'allow'`: otherwise every new context would precache the whole site
 * in the background, and a worker could answer requests a test is waiting for. The offline tests
 * (offline.test.ts, the group view's offline test) allow them.
 *
 * Playwright blocks a worker by replacing navigator.serviceWorker.register() with a function that
 * resolves to undefined, which no browser does – workbox-window then throws on the missing
 * registration, and that error would fail every test that checks for page errors. So on top of
 * Playwright's block, registration is left pending, as on a slow network: the site goes on without
 * a worker, as it does before its worker is ready.
 */
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'sv-SE', serviceWorkers: 'block', ...options });
  if ((options.serviceWorkers ?? 'block') === 'block') {
    await context.addInitScript(() => {
      if ('serviceWorker' in navigator) navigator.serviceWorker.register = () => new Promise<ServiceWorkerRegistration>(() => {});
    });
  }
  return context;
}

/** The shared browser for a whole test file: connected before its tests, let go after them. */
export function useBrowser(): { browser: Browser } {
  const shared = {} as { browser: Browser };
  beforeAll(async () => {
    shared.browser = await connectBrowser();
  });
  afterAll(async () => {
    // For a connected browser this closes the file's contexts and disconnects; Chromium stays up.
    await shared.browser?.close();
  });
  return shared;
}
