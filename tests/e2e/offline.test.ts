// Offline and updates, as a reader on a train meets them: after one visit online, pages never
// visited, a tool and search all work with the network off; a new build is announced in Swedish
// and taking it keeps the reader's answers.
import { hydrated } from '../support/tool-page';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { newContext, useBrowser, watchedPage } from '../support/browser';
import { startPreview } from '../support/preview';
import { DIST } from '../support/site-files';

const chromium = useBrowser();
let site: { baseURL: string; stop: () => Promise<void> };
let copy: string;
beforeAll(async () => {
  // A copy of the build, so that the update test can "deploy" a new version of it.
  copy = mkdtempSync(join(tmpdir(), 'svh-offline-'));
  cpSync(DIST, copy, { recursive: true });
  site = await startPreview(copy);
});
afterAll(async () => {
  await site?.stop();
  rmSync(copy, { recursive: true, force: true });
});

/** Waits until the service worker has installed (precached everything) and is active. */
async function offlineReady(page: Page) {
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active?.state;
  });
}

it('after one visit, unvisited pages, a tool and search work with the network off', async () => {
  const context = await newContext(chromium.browser, { serviceWorkers: 'allow' });
  const { page, errors, foreign } = await watchedPage(context, site.baseURL);
  await page.goto(site.baseURL);
  await offlineReady(page);
  await context.setOffline(true);

  for (const path of ['handboken/samverkansledning/', 'ordlista/', 'om/', 'workshop/gruppvy/']) {
    const response = await page.goto(new URL(path, site.baseURL).href);
    expect(response?.ok()).toBe(true);
    expect(await page.locator('h1').count()).toBe(1);
  }

  await page.goto(new URL('verktyg/ambitionstrappan/', site.baseURL).href);
  await hydrated(page);
  await page.check('input[name="ambitionstrappan-ses-alls"][value="ja"]');
  await page.check('input[name="ambitionstrappan-kanner-varandra"][value="ja"]');
  await expect.poll(() => page.locator('.tool__headline').textContent()).toContain('nivå 1');

  await page.locator('[data-search-open]').click();
  await page.locator('#search-input').fill('sekretess');
  const first = page.locator('#search-results li a').first();
  await first.waitFor();
  expect(await first.textContent()).toBeTruthy();

  const missing = await page.goto(new URL('finns-inte/', site.baseURL).href);
  expect(await page.locator('h1').textContent()).toBe('Sidan finns inte');
  expect(missing?.status()).toBeLessThan(500);

  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
  await context.close();
});

it('announces a new build in Swedish; taking it keeps the answers', async () => {
  const context = await newContext(chromium.browser, { serviceWorkers: 'allow' });
  const { page } = await watchedPage(context, site.baseURL);
  const tool = new URL('verktyg/ambitionstrappan/', site.baseURL).href;
  await page.goto(tool);
  await offlineReady(page);
  await hydrated(page);
  await page.check('input[name="ambitionstrappan-ses-alls"][value="ja"]');
  const notice = page.locator('[data-update-notice]');
  expect(await notice.isVisible()).toBe(false);

  // "Deploy" a new build: the service worker script changes.
  const sw = join(copy, 'sw.js');
  writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// ny version ${Date.now()}\n`);
  await page.reload();
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await notice.waitFor({ state: 'visible' });
  expect(await notice.textContent()).toContain('En ny version av handboken finns');

  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Uppdatera nu' }).click()]);
  await hydrated(page);
  expect(await page.isChecked('input[name="ambitionstrappan-ses-alls"][value="ja"]')).toBe(true);
  expect(await notice.isVisible()).toBe(false);
  await context.close();
});
