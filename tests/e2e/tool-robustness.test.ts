// What every tool must do alike: pass axe with its result showing, in both colour schemes; reset
// only after a confirmation; and survive corrupt saved data with a notice – keeping the
// unreadable text aside and never touching another tool's answers.
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { newContext, useBrowser, watchedPage } from '../support/browser';
import { hydrated } from '../support/tool-page';

const baseURL = inject('baseURL');
const chromium = useBrowser();

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

describe.each(TOOLS)('$id', ({ id, item, option, other, empty }) => {
  const radio = `input[name="${id}-${item}"][value="${option}"]`;
  const open = async () => {
    const context = await newContext(chromium.browser);
    const watched = await watchedPage(context, baseURL);
    await watched.page.goto(new URL(`verktyg/${id}/`, baseURL).href);
    return { context, ...watched };
  };

  it.each(['light', 'dark'] as const)('passes axe with every question answered and the result showing (%s)', async (colorScheme) => {
    const context = await newContext(chromium.browser, { colorScheme });
    const { page, errors } = await watchedPage(context, baseURL);
    await page.goto(new URL(`verktyg/${id}/`, baseURL).href);
    await hydrated(page);
    // Answer every question with its second option (or its only one), as a varied but full set.
    const names = await page.$$eval('main input[type=radio]', (els) => [...new Set(els.map((e) => (e as HTMLInputElement).name))]);
    for (const name of names) {
      const radios = page.locator(`main input[type=radio][name="${name}"]`);
      await radios.nth(Math.min(1, (await radios.count()) - 1)).check();
    }
    await expect.poll(() => page.locator('.tool__result').first().textContent()).not.toMatch(/^Resultat(Svara|Skatta)/);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('resets only after a confirmation', async () => {
    const { context, page, errors } = await open();
    await hydrated(page);
    await page.check(radio);
    await page.getByRole('button', { name: 'Börja om' }).click();
    await page.getByRole('button', { name: 'Avbryt' }).click();
    expect(await page.isChecked(radio)).toBe(true);
    await page.getByRole('button', { name: 'Börja om' }).click();
    await page.getByRole('button', { name: 'Ja, radera svaren' }).click();
    expect(await page.isChecked(radio)).toBe(false);
    await page.reload();
    await hydrated(page);
    expect(await page.isChecked(radio)).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a corrupt saved entry gives a notice; another tool’s answers stay untouched', async () => {
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
        kept: localStorage.getItem(`samverkan:${mine}:oläsbar`),
        other: localStorage.getItem(`samverkan:${theirs}`),
      }),
      [id, other],
    );
    expect(JSON.parse(stored.mine!).answers).toEqual({ [item]: option });
    expect(stored.kept).toBe('{"v":1,"answers":');
    expect(stored.other).toBe(others);
    expect(errors).toEqual([]);
    await context.close();
  });
});
