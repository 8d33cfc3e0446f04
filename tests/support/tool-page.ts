// Helpers for the tools' end-to-end tests: a fresh browser page per test, and driving a tool as
// a keyboard user would.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, expect, inject } from 'vitest';
import { newContext, useBrowser, watchedPage } from './browser';

export interface ToolSession {
  browser: Browser;
  context: BrowserContext;
  /** a fresh page for each test, in its own context (so its own localStorage) */
  page: Page;
  errors: string[];
}

/**
 * One browser for the test file and a fresh context and page for every test; after each test
 * the page must have logged no error. Use the returned object's fields inside tests.
 */
export function useToolSession(): ToolSession {
  const shared = useBrowser();
  const s = {} as ToolSession;
  beforeEach(async () => {
    s.browser = shared.browser;
    s.context = await newContext(s.browser);
    ({ page: s.page, errors: s.errors } = await watchedPage(s.context, inject('baseURL')));
  });
  afterEach(async () => {
    expect(s.errors).toEqual([]);
    await s.context.close();
  });
  return s;
}

/**
 * Resolves when every island on the page has hydrated. Islands that wake when the reader comes
 * near them (a tool's result, the share block: src/ui/tool/wake.ts, client:visible) are brought
 * into view one after the other, as a reader scrolling down would; the page is left at the top.
 */
export async function hydrated(page: Page): Promise<unknown> {
  await page.waitForFunction(() => {
    // An island that draws nothing (the link panel at the top) wakes only for a code: not waited for.
    const waiting = [...document.querySelectorAll('astro-island[ssr]')].find((i) => [...i.children].some((c) => c.tagName !== 'TEMPLATE'));
    (waiting?.querySelector('[data-wake]') ?? waiting?.firstElementChild)?.scrollIntoView({ block: 'center' });
    return waiting === undefined;
  });
  return page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Answers one radio group by keyboard alone: Tab until focus is inside the group named `name`,
 * then arrow keys to the option with `value` (arrow keys move and select in a radio group).
 */
export async function answerByKeyboard(page: Page, name: string, value: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el && el.type === 'radio' ? { name: el.name, value: el.value } : null;
    });
    if (focused?.name === name) {
      const values = await page.$$eval(`input[type=radio][name="${name}"]`, (els) => els.map((e) => (e as HTMLInputElement).value));
      const from = values.indexOf(focused.value);
      const to = values.indexOf(value);
      if (to < 0) throw new Error(`no option ${value} in ${name}`);
      // The first Tab into an unanswered group focuses its first option without selecting it.
      if (from === to) await page.keyboard.press('Space');
      for (let k = from; k < to; k++) await page.keyboard.press('ArrowRight');
      for (let k = from; k > to; k--) await page.keyboard.press('ArrowLeft');
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`never reached the radio group ${name} by Tab`);
}

/** Moves focus to the top of the page so that Tab starts from the beginning. */
export async function focusTop(page: Page): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await page.locator('body').focus();
}
