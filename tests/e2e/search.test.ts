// Search, as a reader meets it: opened from any page by button or "/", keyboard only, results
// with the chapter title and an excerpt; Swedish stemming finds an inflected form.
import { readFileSync } from 'node:fs';
import { expect, inject, it } from 'vitest';
import { newContext, useBrowser, watchedPage } from '../support/browser';
import { builtPages, DIST } from '../support/site-files';

const baseURL = inject('baseURL');
const chromium = useBrowser();

async function openSearch(path: string) {
  const context = await newContext(chromium.browser);
  const watched = await watchedPage(context, baseURL);
  const requests: string[] = [];
  watched.page.on('request', (r) => requests.push(r.url()));
  await watched.page.goto(new URL(path, baseURL).href);
  return { ...watched, context, requests };
}

it('loads no Pagefind code or index until search opens', async () => {
  const { page, context, requests } = await openSearch('handboken/hur-du-anvander-handboken/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
  // Listen before pressing: the request can go out (and be answered) before press() returns.
  await Promise.all([page.waitForRequest((r) => r.url().includes('/pagefind/pagefind.js')), page.keyboard.press('/')]);
  await context.close();
});

it('finds a chapter word by keyboard alone, with title and excerpt', async () => {
  const { page, context, errors } = await openSearch('');
  await page.keyboard.press('/');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-input');
  await page.keyboard.type('varningens');
  const first = page.locator('#search-results li a').first();
  await first.waitFor();
  expect(await first.locator('strong').textContent()).toContain('Handboken och hur du använder den');
  expect(await first.locator('mark').count()).toBeGreaterThan(0);
  expect(await page.locator('#search-status').textContent()).toMatch(/träff/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForURL(/hur-du-anvander-handboken/);
  expect(errors).toEqual([]);
  await context.close();
});

it('stems Swedish: an inflected form that appears nowhere on the site still finds the chapter', async () => {
  const inflected = 'samverkansprojektens';
  const siteText = builtPages()
    .map((p) => readFileSync(`${DIST}${p}index.html`, 'utf8').toLowerCase())
    .join('\n');
  expect(siteText).not.toContain(inflected); // otherwise the test would prove nothing
  expect(siteText).toContain('samverkansprojekt');
  const { page, context } = await openSearch('om/');
  await page.locator('[data-search-open]').click();
  await page.locator('#search-input').fill(inflected);
  const titles = page.locator('#search-results strong');
  await titles.first().waitFor();
  expect(await titles.allTextContents()).toContain('Handboken och hur du använder den');
  await context.close();
});

it('says so when nothing matches', async () => {
  const { page, context } = await openSearch('');
  await page.keyboard.press('/');
  await page.locator('#search-input').fill('xyzzyqwerty');
  await expect.poll(() => page.locator('#search-status').textContent()).toContain('Inga träffar');
  await context.close();
});
