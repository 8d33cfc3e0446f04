// Samverkanstrappan in a real browser: answered by keyboard alone, the result is shown in words,
// survives a reload, prints and fits 320 px. Reset and corrupt storage: tool-robustness.test.ts.
import { expect, inject, it } from 'vitest';
import { newContext } from '../support/browser';
import { answerByKeyboard, focusTop, hydrated, useToolSession } from '../support/tool-page';

const baseURL = inject('baseURL');
const path = new URL('verktyg/samverkanstrappan/', baseURL).href;
const session = useToolSession();

const headline = () => session.page.locator('.tool__headline').textContent();
const EXPECTED = 'Behovet pekar mot steg 4, Arbetsgrupper på heltid. Er form är överdimensionerad.';

it('shows the questions and the rule as HTML before any script runs', async () => {
  const js = await newContext(session.browser, { javaScriptEnabled: false });
  const p = await js.newPage();
  await p.goto(path);
  // four graded questions, the form, three requirements common to every step, three key questions
  expect(await p.locator('fieldset legend').count()).toBe(11);
  expect(await p.locator('text=dubbeldiagnos').count()).toBeGreaterThan(0);
  // five forms, "inget beslutat ännu" and "vet inte"
  expect(await p.locator('input[name="samverkanstrappan-form"]').count()).toBe(7);
  expect(await p.locator('text=inte är i harmoni').count()).toBeGreaterThan(0);
  await js.close();
});

it('recommends a step by keyboard alone, compares the form, warns, and keeps it after a reload', async () => {
  await session.page.goto(path);
  await session.page.waitForSelector('[data-tool="samverkanstrappan"]');
  await hydrated(session.page);
  await focusTop(session.page);
  const answers: [string, string][] = [
    ['malgrupp', 'skora'],
    ['insatskedja', 'glapp'],
    ['resurser', 'nagra-moten'],
    ['ambition', 'nytt-helhetsansvar'],
    ['form', 'multikompetenta-team'],
    ['samspel', 'ja'],
    ['mandat', 'nej'],
    ['kontinuitet', 'vet-inte'],
    ['uppdrag', 'ja'],
    ['uppdragsgivare', 'ja'],
    ['spelregler', 'delvis'],
  ];
  for (const [item, option] of answers) await answerByKeyboard(session.page, `samverkanstrappan-${item}`, option);
  await expect.poll(headline).toBe(EXPECTED);
  expect(await session.page.getAttribute('.tool__headline', 'aria-live')).toBe('polite');

  const result = session.page.locator('.tool__result');
  // Wait until the result has caught up with the last answer (the headline is right before it).
  await expect.poll(() => result.textContent()).toContain('Ni vet inte – och det är i sig en varningssignal.');
  const said = (await result.textContent()) ?? '';
  expect(said).toContain('Ert svar om målgruppen och problemet pekar mot steg 5, och ert svar om luckorna i insatskedjan mot steg 3.');
  expect(said).toContain('ett steg högre än behovet, så formen är överdimensionerad');
  expect(said).toContain('ni vill ha en Rolls-Royce men har avsatt pengar för en begagnad Volkswagen');
  expect(said).toContain('Det här saknas, vilket steg ni än väljer: klara mandat och spelregler.');
  expect(said).toContain('Klara mandat och spelregler finns bara delvis');
  expect(said).toContain('Ett högre steg är inte automatiskt bättre');
  expect(said).toContain('MandatenMed oklara');
  expect(said).toContain('Ni vet inte – och det är i sig en varningssignal.');
  expect(said).not.toContain('Samspelet med linjen');
  expect(await result.locator('svg[role="img"]').getAttribute('aria-label')).toContain(
    'Förslaget: steg 4, Arbetsgrupper på heltid. Er form: steg 5, Multikompetenta team.',
  );
  const links = await result.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links).toContain('/handboken/fran-prat-till-verkstad/#vilket-steg-passar-er');
  expect(links).toContain('/handboken/fran-prat-till-verkstad/#tre-frågor-som-alltid-kommer-tillbaka');
  expect(links).toContain('/handboken/fran-prat-till-verkstad/#det-som-alla-steg-kräver');

  await session.page.reload();

  await hydrated(session.page);
  await expect.poll(headline).toBe(EXPECTED);
  expect(await session.page.isChecked('input[name="samverkanstrappan-form"][value="multikompetenta-team"]')).toBe(true);
  expect(await session.page.isChecked('input[name="samverkanstrappan-kontinuitet"][value="vet-inte"]')).toBe(true);

  await session.page.emulateMedia({ media: 'print' });
  expect(await result.isVisible()).toBe(true);
  expect(await session.page.locator('.tool__headline').isVisible()).toBe(true);
  expect(await session.page.locator('.tool-actions').first().isVisible()).toBe(false);
  expect(await session.page.locator('.site-header').isVisible()).toBe(false);
});

it('fits at 320 px without sideways scrolling', async () => {
  await session.page.setViewportSize({ width: 320, height: 800 });
  await session.page.goto(path);
  await hydrated(session.page);
  await session.page.check('input[name="samverkanstrappan-malgrupp"][value="sammanflatat"]');
  await expect.poll(headline).toContain('Behovet pekar mot steg 4');
  expect(await session.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
