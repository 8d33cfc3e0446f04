// Hindrens isberg in a real browser: rated by keyboard alone, the result is shown in words and
// asks for the real reason behind the formal obstacles, survives a reload and prints.
// Reset and corrupt storage: tool-robustness.test.ts.
import { expect, inject, it } from 'vitest';
import { newContext } from '../support/browser';
import { answerByKeyboard, focusTop, hydrated, useToolSession } from '../support/tool-page';

const baseURL = inject('baseURL');
const path = new URL('verktyg/hindrens-isberg/', baseURL).href;
const FORMAL = ['lagar-och-regler', 'sekretess', 'gemensam-budget', 'gemensam-huvudman'];
const session = useToolSession();

const headline = () => session.page.locator('.tool__headline').textContent();

it('shows every obstacle as HTML before any script runs', async () => {
  const js = await newContext(session.browser, { javaScriptEnabled: false });
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
  await session.page.goto(path);
  await session.page.waitForSelector('[data-tool="hindrens-isberg"]');
  await hydrated(session.page);
  await focusTop(session.page);
  for (const id of FORMAL) await answerByKeyboard(session.page, `hindrens-isberg-${id}`, '3');
  await answerByKeyboard(session.page, 'hindrens-isberg-olika-perspektiv', '0');
  await answerByKeyboard(session.page, 'hindrens-isberg-radsla', 'vet-inte');
  await expect.poll(headline).toBe('Tyngst väger hindren ovanför ytan.');
  const result = session.page.locator('.tool__result');
  const words = async () => (await result.textContent()) ?? '';
  // The headline is already right before the last answer; wait until the result has it too.
  await expect.poll(words).toContain('14 av 20 hinder är obesvarade.');
  expect(await words()).toContain('Om de formella hindren försvann i morgon – vad är det då som gör att ni inte vill?');
  expect(await words()).toContain('Sekretess (ovanför ytan): i hög grad.');
  expect(await words()).toContain('Min fru förstår mig inte');
  expect(await result.locator('svg[role=img]').getAttribute('aria-label')).toContain(
    'Ovanför ytan: starka hinder, väger tyngst. I vattenbrynet: inga hinder. Under ytan: bara ”vet inte”.',
  );
  expect(await result.locator('a', { hasText: 'Ovanför ytan – formella hinder' }).getAttribute('href')).toMatch(
    /#ovanför-ytan--formella-hinder$/,
  );
  expect(await session.page.getAttribute('.tool__headline', 'aria-live')).toBe('polite');

  await session.page.reload();

  await hydrated(session.page);
  await expect.poll(headline).toBe('Tyngst väger hindren ovanför ytan.');
  expect(await session.page.isChecked('input[name="hindrens-isberg-radsla"][value="vet-inte"]')).toBe(true);

  await session.page.emulateMedia({ media: 'print' });
  expect(await result.isVisible()).toBe(true);
  expect(await session.page.locator('.tool-actions').first().isVisible()).toBe(false);
  expect(await session.page.locator('.site-header').isVisible()).toBe(false);
});
