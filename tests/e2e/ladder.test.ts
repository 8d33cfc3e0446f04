// Ledningsgruppens ambitionstrappa in a real browser: answered by keyboard alone, the result is
// shown in words, survives a reload and prints. Reset and corrupt storage: tool-robustness.test.ts.
import { expect, inject, it } from 'vitest';
import { newContext } from '../support/browser';
import { answerByKeyboard, focusTop, hydrated, useToolSession } from '../support/tool-page';

const baseURL = inject('baseURL');
const path = new URL('verktyg/ambitionstrappan/', baseURL).href;
const session = useToolSession();

const headline = () => session.page.locator('.tool__headline').textContent();

it('shows the questions as HTML before any script runs', async () => {
  const js = await newContext(session.browser, { javaScriptEnabled: false });
  const p = await js.newPage();
  await p.goto(path);
  expect(await p.locator('fieldset legend').count()).toBeGreaterThanOrEqual(15);
  expect(await p.locator('text=Kaffe och mazarin-grupp').count()).toBeGreaterThan(0);
  await js.close();
});

it('places the group by keyboard alone, explains the gap, and keeps it after a reload', async () => {
  await session.page.goto(path);
  await session.page.waitForSelector('[data-tool="ambitionstrappan"]');
  await hydrated(session.page);
  await focusTop(session.page);
  for (const id of ['ses-alls', 'kanner-varandra', 'regelbundet', 'loser-problem']) {
    await answerByKeyboard(session.page, `ambitionstrappan-${id}`, 'ja');
  }
  await answerByKeyboard(session.page, 'ambitionstrappan-manatlig', 'nej');
  await answerByKeyboard(session.page, 'ambitionstrappan-mal', 'strategisk');
  await expect.poll(headline).toBe('Gruppen står på nivå 2, Problemlösningsgrupp.');
  const result = session.page.locator('.tool__result');
  // The headline is already right before the last answer (the aim); wait until the result has it.
  await expect.poll(() => result.textContent()).toContain('Ni siktar på nivå 4, Strategisk ledningsgrupp. Det är 2 steg upp');
  expect(await result.textContent()).toContain('Ingen nivå är bättre än någon annan i sig');
  expect(await result.locator('li').first().textContent()).toContain('minst en gång i månaden');
  expect(await session.page.getAttribute('.tool__headline', 'aria-live')).toBe('polite');

  await session.page.reload();

  await hydrated(session.page);
  await expect.poll(headline).toBe('Gruppen står på nivå 2, Problemlösningsgrupp.');
  expect(await session.page.isChecked('input[name="ambitionstrappan-mal"][value="strategisk"]')).toBe(true);

  await session.page.emulateMedia({ media: 'print' });
  expect(await result.isVisible()).toBe(true);
  expect(await session.page.locator('.tool-actions').first().isVisible()).toBe(false);
  expect(await session.page.locator('.site-header').isVisible()).toBe(false);
});
