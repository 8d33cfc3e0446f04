// Helpers for driving a tool as a keyboard user would.
import type { Page } from 'playwright-core';

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
