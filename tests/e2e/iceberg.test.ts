// Hindrens isberg in a real browser: rated by keyboard alone, the result is shown in words and
// asks for the real reason behind the formal obstacles, survives a reload and prints.
// Reset and corrupt storage: tool-robustness.test.ts.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, watchedPage } from '../support/browser';
import { answerByKeyboard, focusTop } from '../support/tool-page';

const baseURL = inject('baseURL');
const path = new URL('verktyg/hindrens-isberg/', baseURL).href;
const FORMAL = ['lagar-och-regler', 'sekretess', 'gemensam-budget', 'gemensam-huvudman'];
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
const hydrated = () => page.waitForFunction(() => document.querySelector('astro-island:not([ssr])') !== null);

it('shows every obstacle as HTML before any script runs', async () => {
  const js = await newContext(browser, { javaScriptEnabled: false });
  const p = await js.newPage();
  await p.goto(path);
  expect(await p.locator('fieldset legend').count()).toBe(20);
  expect(await p.locator('input[type=radio][name="hindrens-isberg-sekretess"]').count()).toBe(5);
  for (const text of ['Ovanför ytan – formella hinder', 'Sekretess', 'Centrifugalkrafter', 'Rädslan att bli lurad']) {
    expect(await p.locator(`text=${text}`).count()).toBeGreaterThan(0);
  }
  await js.close();
});

it('rates by keyboard alone, asks for the real reason, and keeps it after a reload', async () => {
  await page.goto(path);
  await page.waitForSelector('[data-tool="hindrens-isberg"]');
  await hydrated();
  await focusTop(page);
  for (const id of FORMAL) await answerByKeyboard(page, `hindrens-isberg-${id}`, '3');
  await answerByKeyboard(page, 'hindrens-isberg-olika-perspektiv', '0');
  await answerByKeyboard(page, 'hindrens-isberg-radsla', 'vet-inte');
  await expect.poll(headline).toBe('Tyngst väger hindren ovanför ytan.');
  const result = page.locator('.tool__result');
  const words = async () => (await result.textContent()) ?? '';
  expect(await words()).toContain('14 av 20 hinder är obesvarade.');
  expect(await words()).toContain('Om de formella hindren försvann i morgon – vad är det då som gör att ni inte vill?');
  expect(await words()).toContain('Sekretess (ovanför ytan): i hög grad.');
  expect(await words()).toContain('Min fru förstår mig inte');
  expect(await result.locator('svg[role=img]').getAttribute('aria-label')).toContain('Ovanför ytan: starka hinder, väger tyngst. I vattenbrynet: inga hinder. Under ytan: bara ”vet inte”.');
  expect(await result.locator('a', { hasText: 'Ovanför ytan – formella hinder' }).getAttribute('href')).toMatch(/#ovanför-ytan--formella-hinder$/);
  expect(await page.getAttribute('.tool__headline', 'aria-live')).toBe('polite');

  await page.reload();
  await expect.poll(headline).toBe('Tyngst väger hindren ovanför ytan.');
  expect(await page.isChecked('input[name="hindrens-isberg-radsla"][value="vet-inte"]')).toBe(true);

  await page.emulateMedia({ media: 'print' });
  expect(await result.isVisible()).toBe(true);
  expect(await page.locator('.tool-actions').isVisible()).toBe(false);
  expect(await page.locator('.site-header').isVisible()).toBe(false);
});
