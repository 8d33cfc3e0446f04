// What every tool must do alike: pass axe with its result showing, in both colour schemes; reset
// only after a confirmation; and survive corrupt saved data with a notice – keeping the
// unreadable text aside and never touching another tool's answers.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { newContext, useBrowser, watchedPage } from '../support/browser';
import { DIST } from '../support/site-files';
import { hydrated } from '../support/tool-page';
import { TOOL_IDS, WCAG_TAGS } from '../support/tools';

const baseURL = inject('baseURL');
const chromium = useBrowser();

const summary = (violations: { id: string; nodes: { target: unknown[] }[] }[]) =>
  violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

const TOOLS = [
  { id: 'ambitionstrappan', item: 'ses-alls', option: 'ja', other: 'checklistor', empty: /^Svara på frågorna/ },
  { id: 'hindrens-isberg', item: 'sekretess', option: '1', other: 'ambitionstrappan', empty: /^Skatta hindren/ },
  { id: 'samverkanstrappan', item: 'insatskedja', option: 'saknas', other: 'ambitionstrappan', empty: /^Svara på frågorna/ },
  { id: 'checklistor', item: 'balans-problem', option: 'ja', other: 'ambitionstrappan', empty: /^Svara på frågorna/ },
  { id: 'styra-stodja-lara', item: 'vagvisare', option: '2', other: 'hindrens-isberg', empty: /^Skatta rollerna/ },
  { id: 'ledarstilar', item: 'kontroll', option: '4', other: 'styra-stodja-lara', empty: /^Placera ert ledarskap/ },
  { id: 'framgang', item: 'matt-mjuka', option: 'ja', other: 'ambitionstrappan', empty: /^Svara på frågorna/ },
  { id: 'processen', item: 'malgrupp-sarbar', option: 'ja', other: 'framgang', empty: /^Svara på frågorna/ },
  { id: 'tid-och-fordelning', item: 'ar', option: '5', other: 'ambitionstrappan', empty: /^Fyll i kostnader/ },
];

it('covers every tool', () => {
  // Samverkanskollen keeps its answers in the tools it borrows from and has no reset of its own;
  // its page is covered by samverkanskollen.test.ts (storage, axe, print).
  expect(TOOLS.map((t) => t.id).sort()).toEqual(TOOL_IDS.filter((id) => id !== 'samverkanskollen').sort());
});

/**
 * A full, varied set of answers for a tool, read from its built page: the second option (or the
 * only one) of every question, and an amount in every amount field – stored as the tool stores
 * them ({ v: 1, answers: { "<item>": "<option>" } } under "samverkan:<id>", see
 * src/lib/persist/envelope.ts).
 */
function fullAnswers(id: string): { choices: [string, string][]; amounts: [string, string][] } {
  const html = parse(readFileSync(`${DIST}/verktyg/${id}/index.html`, 'utf8'));
  const choices: [string, string][] = [];
  const amounts: [string, string][] = [];
  const options = new Map<string, string[]>();
  for (const radio of html.querySelectorAll('main input[type=radio]')) {
    const name = radio.getAttribute('name')!;
    options.set(name, [...(options.get(name) ?? []), radio.getAttribute('value')!]);
  }
  for (const [name, values] of options) {
    expect(name.startsWith(`${id}-`), name).toBe(true);
    choices.push([name.slice(id.length + 1), values[Math.min(1, values.length - 1)]!]);
  }
  for (const [i, field] of html.querySelectorAll('main input[inputmode=numeric]').entries()) {
    expect(field.id.startsWith(`${id}-`), field.id).toBe(true);
    amounts.push([field.id.slice(id.length + 1), String(100 + 50 * (i % 7))]);
  }
  expect(choices.length).toBeGreaterThan(0);
  return { choices, amounts };
}

// Each test has its own browser context, so two run at a time (maxConcurrency in the config).
describe.concurrent.each(TOOLS)('$id', ({ id, item, option, other, empty }) => {
  const radio = `input[name="${id}-${item}"][value="${option}"]`;
  const open = async () => {
    const context = await newContext(chromium.browser);
    const watched = await watchedPage(context, baseURL);
    await watched.page.goto(new URL(`verktyg/${id}/`, baseURL).href);
    return { context, ...watched };
  };

  it('passes axe with every question answered and the result showing, in light and dark mode', async ({ expect }) => {
    const { choices, amounts } = fullAnswers(id);
    const answers = Object.fromEntries([...choices, ...amounts]);
    const context = await newContext(chromium.browser);
    // A returning reader: the answers are in storage before the page's first script runs.
    await context.addInitScript(
      ([origin, key, value]) => {
        if (location.origin === origin) localStorage.setItem(key!, value!);
      },
      [new URL(baseURL).origin, `samverkan:${id}`, JSON.stringify({ v: 1, answers, savedAt: '2026-11-25T10:00:00.000Z' })],
    );
    const { page, errors } = await watchedPage(context, baseURL);
    await page.goto(new URL(`verktyg/${id}/`, baseURL).href);
    await hydrated(page);
    // Every question shows its stored answer: the seeding reached the tool.
    for (const [key, value] of choices) expect(await page.isChecked(`main input[name="${id}-${key}"][value="${value}"]`), key).toBe(true);
    expect(await page.$$eval('main input[type=radio]:checked', (els) => els.length)).toBe(choices.length);
    // Amount fields beyond the chosen horizon are not drawn; the ones drawn show their amount.
    const shown = new Map(
      await page.$$eval('main input[inputmode=numeric]', (els) => els.map((e) => [e.id, (e as HTMLInputElement).value] as const)),
    );
    expect(shown.size > 0).toBe(amounts.length > 0);
    for (const [key, value] of amounts) if (shown.has(`${id}-${key}`)) expect(shown.get(`${id}-${key}`), key).toBe(value);
    await expect.poll(() => page.locator('.tool__result').first().textContent()).not.toMatch(/^Resultat(Svara|Skatta|Fyll)/);

    await page.emulateMedia({ colorScheme: 'light' });
    const light = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(summary(light.violations), 'light').toEqual([]);
    // Dark mode changes colours only: the contrast rule on the same DOM.
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await new AxeBuilder({ page }).withTags(WCAG_TAGS).withRules(['color-contrast']).analyze();
    expect(summary(dark.violations), 'dark').toEqual([]);
    expect(errors).toEqual([]);
    expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), `samverkan:${id}`))!).answers).toEqual(answers);
    await context.close();
  });

  it('resets only after a confirmation', async ({ expect }) => {
    const { context, page, errors } = await open();
    await hydrated(page);
    await page.check(radio);
    await page.getByRole('button', { name: 'Börja om' }).click();
    await page.getByRole('button', { name: 'Avbryt' }).click();
    expect(await page.isChecked(radio)).toBe(true);
    await page.getByRole('button', { name: 'Börja om' }).click();
    await page.getByRole('button', { name: 'Ja, radera svaren' }).click();
    // The island redraws after the store has changed, a moment after the click.
    await expect.poll(() => page.isChecked(radio)).toBe(false);
    await page.reload();
    await hydrated(page);
    expect(await page.isChecked(radio)).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a corrupt saved entry gives a notice; another tool’s answers stay untouched', async ({ expect }) => {
    const { context, page, errors } = await open();
    const others = JSON.stringify({ v: 1, answers: { 'nagon-fraga': 'ja' }, savedAt: '2026-11-25T10:00:00.000Z' });
    await page.evaluate(
      ([mine, theirs, value]) => {
        localStorage.setItem(`samverkan:${mine}`, '{"v":1,"answers":');
        localStorage.setItem(`samverkan:${theirs}`, value!);
      },
      [id, other, others],
    );
    await page.reload();
    const notice = page.getByRole('alert');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('kunde inte användas');
    expect(await page.locator('.tool__headline').first().textContent()).toMatch(empty);

    await page.check(radio);
    const stored = await page.evaluate(
      ([mine, theirs]) => ({
        mine: localStorage.getItem(`samverkan:${mine}`),
        // Kept-aside copies live under "<key>:oläsbar:<when>" (src/lib/persist/history.ts).
        kept: Object.keys(localStorage)
          .filter((k) => k.startsWith(`samverkan:${mine}:oläsbar:`))
          .map((k) => localStorage.getItem(k)),
        other: localStorage.getItem(`samverkan:${theirs}`),
      }),
      [id, other],
    );
    expect(JSON.parse(stored.mine!).answers).toEqual({ [item]: option });
    expect(stored.kept).toEqual(['{"v":1,"answers":']);
    expect(stored.other).toBe(others);
    expect(errors).toEqual([]);
    await context.close();
  });
});
