// Every page of the built site: answers 200, has one h1, passes axe (WCAG 2.x A/AA) in light and
// dark mode, logs no error and requests nothing from another origin.
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { newContext, useBrowser, watchedPage } from '../support/browser';
import { builtPages } from '../support/site-files';

const baseURL = inject('baseURL');
const pages = builtPages();
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const chromium = useBrowser();

it('finds the pages the site map promises', () => {
  for (const p of ['/', '/handboken/', '/verktyg/', '/workshop/', '/fallstudier/', '/ordlista/', '/om/']) {
    expect(pages).toContain(p);
  }
  expect(pages.filter((p) => p.startsWith('/handboken/') && p !== '/handboken/').length).toBeGreaterThanOrEqual(1);
});

describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
  it.each(pages)('%s is sound', async (path) => {
    const context = await newContext(chromium.browser, { colorScheme });
    const { page, errors, foreign } = await watchedPage(context, baseURL);
    const response = await page.goto(new URL(path.slice(1), baseURL).href);
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    // Dark mode changes colours only, so there the contrast rule is the one worth re-running.
    const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
    const axe = await (colorScheme === 'dark' ? builder.withRules(['color-contrast']) : builder).analyze();
    const summary = axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
});
