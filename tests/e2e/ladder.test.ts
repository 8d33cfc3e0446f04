// Ledningsgruppens ambitionstrappa in a real browser: answered by keyboard alone, the result is
// shown in words, survives a reload and prints. Reset and corrupt storage: tool-robustness.test.ts.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, watchedPage } from '../support/browser';
import { answerByKeyboard, focusTop } from '../support/tool-page';

const baseURL = inject('baseURL');
const path = new URL('verktyg/ambitionstrappan/', baseURL).href;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await newContext(browser);
  ({ page, errors } = await watchedPage(context, baseURL));
});
afterEach(async () => {
  expect(errors).toEqual([]);
  await context.close();
});

const headline = () => page.locator('.tool__headline').textContent();

it('shows the questions as HTML before any script runs', async () => {
  const js = await newContext(browser, { javaScriptEnabled: false });
  const p = await js.newPage();
  await p.goto(path);
  expect(await p.locator('fieldset legend').count()).toBeGreaterThanOrEqual(15);
  expect(await p.locator('text=Kaffe och mazarin-grupp').count()).toBeGreaterThan(0);
  await js.close();
});

it('places the group by keyboard alone, explains the gap, and keeps it after a reload', async () => {
  await page.goto(path);
  await page.waitForSelector('[data-tool="ambitionstrappan"]');
  await page.waitForFunction(() => document.querySelector('astro-island:not([ssr])') !== null);
  await focusTop(page);
  for (const id of ['ses-alls', 'kanner-varandra', 'regelbundet', 'loser-problem']) {
    await answerByKeyboard(page, `ambitionstrappan-${id}`, 'ja');
  }
  await answerByKeyboard(page, 'ambitionstrappan-manatlig', 'nej');
  await answerByKeyboard(page, 'ambitionstrappan-mal', 'strategisk');
  await expect.poll(headline).toBe('Gruppen står på nivå 2, Problemlösningsgrupp.');
  const result = page.locator('.tool__result');
  expect(await result.textContent()).toContain('Ni siktar på nivå 4, Strategisk ledningsgrupp. Det är 2 steg upp');
  expect(await result.textContent()).toContain('Ingen nivå är bättre än någon annan i sig');
  expect(await result.locator('li').first().textContent()).toContain('minst en gång i månaden');
  expect(await page.getAttribute('.tool__headline', 'aria-live')).toBe('polite');

  await page.reload();
  await expect.poll(headline).toBe('Gruppen står på nivå 2, Problemlösningsgrupp.');
  expect(await page.isChecked('input[name="ambitionstrappan-mal"][value="strategisk"]')).toBe(true);

  await page.emulateMedia({ media: 'print' });
  expect(await result.isVisible()).toBe(true);
  expect(await page.locator('.tool-actions').isVisible()).toBe(false);
  expect(await page.locator('.site-header').isVisible()).toBe(false);
});
