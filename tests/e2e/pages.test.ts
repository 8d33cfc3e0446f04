// Every page of the built site, in one pass per page: answers 200, has one h1 and lang="sv",
// passes axe (WCAG 2.x A/AA) in light mode and the contrast rule in dark mode, does not scroll
// sideways at 320 px, logs no error and requests nothing from another origin.
//
// One load serves all of it. Dark mode is switched on the loaded page with emulateMedia: every
// colour is a CSS custom property under prefers-color-scheme, so the same DOM is then drawn in
// dark colours, and only colours change – which is why the contrast rule is the one re-run there.
//
// The nine tool pages are scanned whole, answered and with their result showing, in both schemes
// by tool-robustness.test.ts. Here, with nothing answered, axe looks only at the parts that
// differ before anything is answered (the result area, the share box, the areas' summaries).
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { newContext, useBrowser, watchedPage } from '../support/browser';
import { builtPages } from '../support/site-files';
import { EMPTY_STATE_PARTS, TOOL_IDS, WCAG_TAGS } from '../support/tools';

const baseURL = inject('baseURL');
const pages = builtPages();
const answeredElsewhere = new Set<string>(TOOL_IDS.map((id) => `/verktyg/${id}/`));

const chromium = useBrowser();
let context: BrowserContext;
beforeAll(async () => {
  // One context for all pages: nothing here writes to storage, and service workers stay blocked
  // (the default), so every page is fetched from the server as on a first visit.
  context = await newContext(chromium.browser);
});
afterAll(async () => {
  await context?.close();
});

const summary = (violations: { id: string; nodes: { target: unknown[] }[] }[]) =>
  violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

/** Axe on the whole page, or – on a tool page – on the parts that only an empty tool shows. */
async function axe(page: Page, path: string, rules?: string[]) {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (rules) builder = builder.withRules(rules);
  if (answeredElsewhere.has(path)) {
    const parts: string[] = [];
    for (const part of EMPTY_STATE_PARTS) if ((await page.locator(part).count()) > 0) parts.push(part);
    expect(parts, `${path}: the empty tool's result area`).toContain('.tool__result');
    for (const part of parts) builder = builder.include(part);
  }
  return summary((await builder.analyze()).violations);
}

it('finds the pages the site map promises', () => {
  for (const p of ['/', '/handboken/', '/verktyg/', '/workshop/', '/fallstudier/', '/ordlista/', '/om/']) {
    expect(pages).toContain(p);
  }
  expect(pages.filter((p) => p.startsWith('/handboken/') && p !== '/handboken/').length).toBeGreaterThanOrEqual(1);
  for (const p of answeredElsewhere) expect(pages).toContain(p);
});

// Two pages at a time: axe runs in the renderer, so two pages keep both cores busy.
it.concurrent.for(pages)('%s is sound in light and dark mode and at 320 px', async (path, { expect }) => {
  const { page, errors, foreign } = await watchedPage(context, baseURL);
  try {
    const response = await page.goto(new URL(path.slice(1), baseURL).href);
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');

    await page.emulateMedia({ colorScheme: 'light' });
    expect(await axe(page, path), 'light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await axe(page, path, ['color-contrast']), 'dark').toEqual([]);

    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);

    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  } finally {
    await page.close();
  }
});
