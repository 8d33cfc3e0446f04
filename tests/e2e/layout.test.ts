// The frame a reader uses on every page: skip link, the chapter menu that folds on a phone,
// and print without navigation but with link targets. That no page scrolls sideways at 320 px is
// checked in pages.test.ts, in the same pass over every page as axe.
import { expect, inject, it } from 'vitest';
import { newContext, useBrowser } from '../support/browser';

const baseURL = inject('baseURL');
const chapter = 'handboken/hur-du-anvander-handboken/';
const chromium = useBrowser();

it('the first Tab reaches the skip link, which moves focus past the menus', async () => {
  const context = await newContext(chromium.browser);
  const page = await context.newPage();
  await page.goto(new URL(chapter, baseURL).href);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hoppa till innehållet');
  await page.keyboard.press('Enter');
  expect(page.url()).toMatch(/#main$/);
  await context.close();
});

it('on a phone the chapter menu folds behind a button that says whether it is open', async () => {
  const context = await newContext(chromium.browser, { viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(new URL(chapter, baseURL).href);
  const toggle = page.getByRole('button', { name: 'Kapitel i handboken' });
  const current = page.locator('.chapter-nav a[aria-current="page"]');
  expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  expect(await current.isVisible()).toBe(false);
  await toggle.focus();
  await page.keyboard.press('Enter');
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  expect(await current.isVisible()).toBe(true);
  await context.close();
});

it('on a desktop the chapter menu is open and marks the current chapter', async () => {
  const context = await newContext(chromium.browser, { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(new URL(chapter, baseURL).href);
  expect(await page.getByRole('button', { name: 'Kapitel i handboken' }).isVisible()).toBe(false);
  expect(await page.locator('.chapter-nav a[aria-current="page"]').textContent()).toContain('Handboken och hur du använder den');
  await context.close();
});

it('prints the text without menus and writes out link targets', async () => {
  const context = await newContext(chromium.browser);
  const page = await context.newPage();
  await page.goto(new URL(chapter, baseURL).href);
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.site-header').isVisible()).toBe(false);
  expect(await page.locator('.chapter-nav').isVisible()).toBe(false);
  expect(await page.locator('h1').isVisible()).toBe(true);
  const after = await page.evaluate(() => {
    const a = document.querySelector('main p a[href^="/"]:not(.term)');
    return a ? getComputedStyle(a, '::after').content : '';
  });
  expect(after).toContain('/');
  await context.close();
});
