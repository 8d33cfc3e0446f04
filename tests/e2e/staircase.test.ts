// Samverkanstrappan in a real browser: answered by keyboard alone, the result is shown in words,
// survives a reload, prints and fits 320 px. Reset and corrupt storage: tool-robustness.test.ts.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, watchedPage } from '../support/browser';
import { answerByKeyboard, focusTop } from '../support/tool-page';

const baseURL = inject('baseURL');
const path = new URL('verktyg/samverkanstrappan/', baseURL).href;
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
const EXPECTED = 'Behovet pekar mot steg 4, Arbetsgrupper på heltid. Er form är överdimensionerad.';

it('shows the questions and the rule as HTML before any script runs', async () => {
  const js = await newContext(browser, { javaScriptEnabled: false });
  const p = await js.newPage();
  await p.goto(path);
  // four graded questions, the form, three key questions
  expect(await p.locator('fieldset legend').count()).toBe(8);
  expect(await p.locator('text=dubbeldiagnos').count()).toBeGreaterThan(0);
  expect(await p.locator('input[name="samverkanstrappan-form"]').count()).toBe(6);
  expect(await p.locator('text=inte är i harmoni').count()).toBeGreaterThan(0);
  await js.close();
});

it('recommends a step by keyboard alone, compares the form, warns, and keeps it after a reload', async () => {
  await page.goto(path);
  await page.waitForSelector('[data-tool="samverkanstrappan"]');
  await hydrated();
  await focusTop(page);
  const answers: [string, string][] = [
    ['malgrupp', 'skora'],
    ['insatskedja', 'glapp'],
    ['resurser', 'nagra-moten'],
    ['ambition', 'nytt-helhetsansvar'],
    ['form', 'multikompetenta-team'],
    ['samspel', 'ja'],
    ['mandat', 'nej'],
    ['kontinuitet', 'vet-inte'],
  ];
  for (const [item, option] of answers) await answerByKeyboard(page, `samverkanstrappan-${item}`, option);
  await expect.poll(headline).toBe(EXPECTED);
  expect(await page.getAttribute('.tool__headline', 'aria-live')).toBe('polite');

  const result = page.locator('.tool__result');
  const said = (await result.textContent()) ?? '';
  expect(said).toContain('Ert svar om målgruppen och problemet pekar mot steg 5, och ert svar om luckorna i insatskedjan mot steg 3.');
  expect(said).toContain('ett steg högre än behovet, så formen är överdimensionerad');
  expect(said).toContain('ni vill ha en Rolls Royce men har avsatt pengar för en begagnad VW');
  expect(said).toContain('Ett högre steg är inte automatiskt bättre');
  expect(said).toContain('Mandaten.');
  expect(said).toContain('Ni vet inte – och det är i sig en varningssignal.');
  expect(said).not.toContain('Samspelet med linjen.');
  expect(await result.locator('svg[role="img"]').getAttribute('aria-label')).toContain('Förslaget: steg 4, Arbetsgrupper på heltid. Er form: steg 5, Multikompetenta team.');
  const links = await result.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links).toContain('/handboken/fran-prat-till-verkstad/#vilket-steg-passar-er');
  expect(links).toContain('/handboken/fran-prat-till-verkstad/#tre-frågor-som-alltid-kommer-tillbaka');

  await page.reload();
  await expect.poll(headline).toBe(EXPECTED);
  expect(await page.isChecked('input[name="samverkanstrappan-form"][value="multikompetenta-team"]')).toBe(true);
  expect(await page.isChecked('input[name="samverkanstrappan-kontinuitet"][value="vet-inte"]')).toBe(true);

  await page.emulateMedia({ media: 'print' });
  expect(await result.isVisible()).toBe(true);
  expect(await page.locator('.tool__headline').isVisible()).toBe(true);
  expect(await page.locator('.tool-actions').isVisible()).toBe(false);
  expect(await page.locator('.site-header').isVisible()).toBe(false);
});

it('fits at 320 px without sideways scrolling', async () => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(path);
  await hydrated();
  await page.check('input[name="samverkanstrappan-malgrupp"][value="sammanflatat"]');
  await expect.poll(headline).toContain('Behovet pekar mot steg 4');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
