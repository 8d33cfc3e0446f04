// The share block in an e2e test: it loads its details when it comes near the screen, so scroll
// to it first; then read the person code shown in full.
import type { Page } from 'playwright-core';

/** The person code the page shows now (after bringing the share block into view). */
export async function sharedCode(page: Page): Promise<string> {
  await page.locator('#dela-svar').scrollIntoViewIfNeeded();
  const code = page.locator('#svarskod');
  await code.waitFor();
  return (await code.textContent()) ?? '';
}

/** Waits until the shown code differs from `before` (the share block redraws after a change). */
export async function codeAfter(page: Page, before: string): Promise<string> {
  await page.waitForFunction((b) => (document.querySelector('#svarskod')?.textContent ?? '') !== b, before);
  return sharedCode(page);
}
