// Tid och fördelning in a real browser: the fields are HTML before any script runs; a keyboard
// alone chooses the horizon and types the amounts; the result, the charts and the tables follow,
// survive a reload and print; bad input gets a message and is never stored; the example asks
// before replacing; a code carries the amounts to another browser; axe is clean with everything
// showing, in both colour schemes. Reset and corrupt storage: also tool-robustness.test.ts.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { newContext, watchedPage } from '../support/browser';
import { sharedCode } from '../support/share';
import { islandScript } from '../support/site-files';
import { answerByKeyboard, focusTop, hydrated, useToolSession } from '../support/tool-page';

const baseURL = inject('baseURL');
const path = new URL('verktyg/tid-och-fordelning/', baseURL).href;
const session = useToolSession();
const KEY = 'samverkan:tid-och-fordelning';
const nb = (s: string) => s.replace(/(\d) (\d{3})/g, '$1\u00a0$2');

const headline = (page: Page) => page.locator('.tool__headline').textContent();

/** Tab until the field with this id has focus, then type into it – the keyboard only. */
async function typeInto(page: Page, id: string, text: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) {
      await page.keyboard.press('Control+A');
      await page.keyboard.type(text);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`never reached the field ${id} by Tab`);
}

const field = (id: string) => `tid-och-fordelning-${id}`;

it('shows the horizon and every actor’s fields as HTML before any script runs', async () => {
  const js = await newContext(session.browser, { javaScriptEnabled: false });
  const p = await js.newPage();
  await p.goto(path);
  expect(await p.locator('fieldset legend').allTextContents()).toEqual(
    expect.arrayContaining(['Hur många år räknar ni på?', 'Kommunen', 'Regionen', 'Försäkringskassan', 'Arbetsförmedlingen', 'Individen']),
  );
  expect(await p.locator('input[inputmode="numeric"]').count()).toBe(50);
  expect(await p.locator('label[for="tid-och-fordelning-kommunen-kostnad-1"]').textContent()).toBe(
    'Kommunen: kostnad år 1, i tusental kronor',
  );
  expect(await p.locator('text=Samverkan utan gränser').count()).toBeGreaterThan(0);
  await js.close();
});

describe('answered by keyboard alone', () => {
  it('works out payback, hump and Svarte Petter, keeps them after a reload and prints them', async () => {
    const page = session.page;
    await page.goto(path);
    await hydrated(page);
    await focusTop(page);
    await answerByKeyboard(page, 'tid-och-fordelning-ar', '3');
    await typeInto(page, field('kommunen-kostnad-1'), '1 000');
    await typeInto(page, field('kommunen-kostnad-2'), '500');
    await typeInto(page, field('kommunen-vinst-2'), '800');
    await typeInto(page, field('kommunen-vinst-3'), '1200');
    // A mistake first: a message, marked invalid, nothing stored – then the right amount.
    await typeInto(page, field('arbetsformedlingen-kostnad-2'), '4OO');
    const bad = page.locator(`#${field('arbetsformedlingen-kostnad-2')}`);
    expect(await bad.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${field('arbetsformedlingen-kostnad-2')}-fel`).textContent()).toContain('Skriv beloppet med siffror');
    expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!).answers).not.toHaveProperty(
      'arbetsformedlingen-kostnad-2',
    );
    await page.keyboard.press('Control+A');
    await page.keyboard.type('400');
    expect(await bad.getAttribute('aria-invalid')).toBeNull();

    const expected = 'Samverkan har tjänat in sina kostnader år 3. Efter 3 år blir det ett överskott på 100 tkr.';
    await expect.poll(() => headline(page)).toBe(expected);
    expect(await page.getAttribute('.tool__headline', 'aria-live')).toBe('polite');
    const result = page.locator('.tool__result');
    const text = await result.textContent();
    expect(text).toContain(nb('Investeringspuckeln är som djupast år 2. Då ligger samverkan sammanlagt 1 100 tkr back.'));
    expect(text).toContain('3 år är en kort horisont.');
    expect(text).toContain('Varning: Svarte Petter');
    expect(text).toContain('Samverkan lönar sig för helheten, men inte för Arbetsförmedlingen.');
    expect(await page.getByRole('img', { name: 'Investeringspuckeln i er kalkyl' }).count()).toBe(1);
    expect(await page.getByRole('img', { name: 'Netto per aktör vid horisonten' }).count()).toBe(1);
    const lastYear = page.locator('.payback-table').first().locator('tbody tr').last();
    expect(await lastYear.locator('th').textContent()).toBe('År 3');
    expect(await lastYear.locator('td').allTextContents()).toEqual(['0', nb('1 200'), nb('1 200'), '100']);

    await page.reload();

    await hydrated(page);
    await hydrated(page);
    await expect.poll(() => headline(page)).toBe(expected);
    expect(await page.isChecked('input[name="tid-och-fordelning-ar"][value="3"]')).toBe(true);
    expect(await page.inputValue(`#${field('kommunen-kostnad-1')}`)).toBe('1\u00a0000');

    await page.emulateMedia({ media: 'print' });
    expect(await result.isVisible()).toBe(true);
    expect(await page.locator('.payback-figure').first().isVisible()).toBe(true);
    expect(await page.locator('.tool-actions').first().isVisible()).toBe(false);
    expect(await page.locator('.payback-example').isVisible()).toBe(false);
  });
});

it('the example asks before it replaces the reader’s own amounts, and says its figures are made up', async () => {
  const page = session.page;
  await page.goto(path);
  await hydrated(page);
  await page.fill(`#${field('regionen-vinst-1')}`, '70');
  const example = page.getByRole('button', { name: 'Fyll i ett exempel med påhittade siffror' });
  expect(await page.locator('.payback-example').textContent()).toContain('påhittade');
  await example.click();
  await page.getByRole('button', { name: 'Avbryt' }).click();
  expect(await page.inputValue(`#${field('regionen-vinst-1')}`)).toBe('70');
  await example.click();
  await page.getByRole('button', { name: 'Ja, fyll i exemplet' }).click();
  await expect
    .poll(() => headline(page))
    .toBe(nb('Samverkan har tjänat in sina kostnader år 4. Efter 5 år blir det ett överskott på 2 350 tkr.'));
  expect(await page.inputValue(`#${field('regionen-vinst-1')}`)).toBe('0');
});

it('stays asleep until needed, and the example pressed before it wakes still fills in the example', async () => {
  const page = session.page;
  // The island's code is held back until the reader has pressed the button, as on a slow phone.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(new URL(islandScript('tid-och-fordelning'), baseURL).href, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(path);
  // Loaded and idle, with the example's button on screen: nothing has asked for the tool's code.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 500)));
  expect(await page.locator('astro-island[client="tool"][ssr]').count()).toBe(1);
  await page.getByRole('button', { name: 'Fyll i ett exempel med påhittade siffror' }).click();
  expect(await page.locator('astro-island[client="tool"][ssr]').count()).toBe(1);
  release();
  await expect
    .poll(() => headline(page))
    .toBe(nb('Samverkan har tjänat in sina kostnader år 4. Efter 5 år blir det ett överskott på 2 350 tkr.'));
  expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!).answers).toHaveProperty('regionen-vinst-1', '0');
});

it('unreadable saved amounts give a notice; another tool’s answers stay byte-identical', async () => {
  const page = session.page;
  await page.goto(path);
  const others = JSON.stringify({ v: 1, answers: { 'ses-alls': 'ja' }, savedAt: '2026-11-25T10:00:00.000Z' });
  await page.evaluate(
    ([k, o]) => {
      localStorage.setItem(k!, '{"v":1,"answers":{"kommunen-kostnad-1":"1,5"}}');
      localStorage.setItem('samverkan:ambitionstrappan', o!);
    },
    [KEY, others],
  );
  await page.reload();
  await hydrated(page);
  const notice = page.getByRole('alert');
  await notice.waitFor();
  expect(await notice.textContent()).toContain('kunde inte användas');
  expect(await headline(page)).toMatch(/^Fyll i kostnader/);
  await page.fill(`#${field('kommunen-kostnad-1')}`, '15');
  await expect
    .poll(async () => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!).answers)
    .toEqual({ 'kommunen-kostnad-1': '15' });
  // Kept aside under "<key>:oläsbar:<when>" (src/lib/persist/history.ts).
  const kept = await page.evaluate(
    (k) => Object.keys(localStorage).flatMap((key) => (key.startsWith(`${k}:oläsbar:`) ? [localStorage.getItem(key)] : [])),
    KEY,
  );
  expect(kept).toEqual(['{"v":1,"answers":{"kommunen-kostnad-1":"1,5"}}']);
  expect(await page.evaluate(() => localStorage.getItem('samverkan:ambitionstrappan'))).toBe(others);
});

it('an answer code carries the amounts to another browser, which asks first', async () => {
  const page = session.page;
  await page.goto(path);
  await hydrated(page);
  await page.getByRole('button', { name: 'Fyll i ett exempel med påhittade siffror' }).click();
  await sharedCode(page);
  await expect.poll(() => page.locator('#svarskod-rubrik').textContent()).toContain('51 svar');
  const code = await sharedCode(page);
  expect(code).toMatch(/^SVH2\..*\.tf\.1\.4~/);
  const expected = await headline(page);

  const other = await newContext(session.browser);
  const b = await watchedPage(other, baseURL);
  await b.page.goto(`${path}#kod=${code}`);
  const prompt = b.page.locator('.incoming');
  await prompt.waitFor();
  expect(await prompt.textContent()).toContain('(51 svar)');
  await b.page.getByRole('button', { name: 'Läs in svaren' }).click();
  await expect.poll(() => headline(b.page)).toBe(expected);
  expect(await b.page.inputValue(`#${field('arbetsformedlingen-kostnad-3')}`)).toBe('900');
  expect(b.errors).toEqual([]);
  expect(b.foreign).toEqual([]);
  await other.close();
});

it('shows in Min självskattning and in chapter 4 with the same answers', async () => {
  const page = session.page;
  await page.goto(path);
  await hydrated(page);
  await page.getByRole('button', { name: 'Fyll i ett exempel med påhittade siffror' }).click();
  await expect.poll(() => headline(page)).toContain('år 4');

  await page.goto(new URL('verktyg/min-sjalvskattning/', baseURL).href);
  const card = page.locator('.my-assessment__list > li', { hasText: 'Tid och fördelning' });
  await expect.poll(() => card.textContent()).toContain('Samverkan har tjänat in sina kostnader år 4.');

  await page.goto(new URL('handboken/vad-ar-framgang/', baseURL).href);
  const embed = page.locator('[data-embed="tid-och-fordelning"]');
  // The tool in the chapter is drawn when the reader comes near it.
  await embed.scrollIntoViewIfNeeded();
  await expect.poll(() => embed.locator('.tool__headline').textContent()).toContain('år 4');
});

describe.each(['light', 'dark'] as const)('axe (%s)', (colorScheme) => {
  it('finds nothing with the example, its charts, tables, warning and a field error showing', async () => {
    const context = await newContext(session.browser, { colorScheme });
    const { page, errors } = await watchedPage(context, baseURL);
    await page.goto(path);
    await hydrated(page);
    await page.getByRole('button', { name: 'Fyll i ett exempel med påhittade siffror' }).click();
    await page.fill(`#${field('individen-kostnad-1')}`, 'tio');
    await page.locator('.payback-warning').waitFor();
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
    // Axe over a hundred fields, two charts and two tables takes most of a minute on a busy machine.
  }, 180_000);
});
