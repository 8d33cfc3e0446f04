// Vad är framgång? in a real browser: questions readable without JavaScript; answered by keyboard
// alone, the result is shown in words, survives a reload, prints and fits 320 px; an answer code
// made in one browser reads into another. Reset and corrupt storage: tool-robustness.test.ts.
import { expect, inject, it } from 'vitest';
import { newContext, watchedPage } from '../support/browser';
import { sharedCode } from '../support/share';
import { answerByKeyboard, focusTop, hydrated, useToolSession } from '../support/tool-page';

const baseURL = inject('baseURL');
const path = new URL('verktyg/framgang/', baseURL).href;
const session = useToolSession();

const headline = () => session.page.locator('.tool__headline').textContent();
const EXPECTED =
  'Ni siktar på nivå 1 (det konkreta arbetet) och nivå 3 (minskad hjälplöshet och förändrade system). ' +
  'En av de fem fallgroparna är en risk för er, och en undviker ni bara delvis.';
const ANSWERS: [string, string][] = [
  ['konkret', 'huvudmal'],
  ['metoder', 'nej'],
  ['system', 'huvudmal'],
  ['stegforflyttning', 'ja'],
  ['matt-mjuka', 'ja'],
  ['matt-kostnader', 'ja'],
  ['matt-intakter', 'nej'],
  ['var-for-sig', 'nej'],
  ['prestationer', 'ja'],
  ['spridning', 'delvis'],
  ['fordelning', 'nej'],
  ['bara-kvantitet', 'ja'],
  ['resursanvandning', 'battre'],
  ['hjalploshet', 'okar'],
  ['framtida-behov', 'systemforandrande'],
];

it('shows the questions as HTML before any script runs', async () => {
  const js = await newContext(session.browser, { javaScriptEnabled: false });
  const p = await js.newPage();
  await p.goto(path);
  // three levels, step movement, three measures, kept apart, four pitfalls, three evaluation questions
  expect(await p.locator('fieldset legend').count()).toBe(15);
  expect(await p.locator('text=En enda dimension').count()).toBeGreaterThan(0);
  expect(await p.locator('input[name="framgang-framtida-behov"]').count()).toBe(4);
  await js.close();
});

it('answers by keyboard alone, explains the result, and keeps it after a reload', async () => {
  await session.page.goto(path);
  await session.page.waitForSelector('[data-tool="framgang"]');
  await hydrated(session.page);
  await focusTop(session.page);
  for (const [item, option] of ANSWERS) await answerByKeyboard(session.page, `framgang-${item}`, option);
  await expect.poll(headline).toBe(EXPECTED);
  expect(await session.page.getAttribute('.tool__headline', 'aria-live')).toBe('polite');

  const result = session.page.locator('.tool__result');
  // Wait until the result has caught up with the last answer (the headline may be right before).
  await expect.poll(() => result.textContent()).toContain('Det är systemförändrande.');
  const said = (await result.textContent()) ?? '';
  expect(said).toContain(
    'Ni siktar på nivå 3, minskad hjälplöshet och förändrade system, men bedömer att arbetet går åt fel håll när det gäller hjälplösheten.',
  );
  expect(said).toContain('Ni följer upp både mjuka och hårda värden.');
  expect(said).toContain('Ett sammanvägt mått är bekvämt men lurar lätt.');
  expect(said).toContain('Fallgrop 4: En totalsumma i stället för en fördelningEn totalsumma döljer');
  expect(said).toContain('Fallgrop 2: Bara projektets egna effekterBara delvis undviken.');
  expect(said).not.toContain('Fallgrop 1:');
  expect(said).toContain('Det är systemförändrande.');
  const links = await result.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links).toEqual([
    '/handboken/vad-ar-framgang/#tre-nivåer-av-framgång',
    '/handboken/vad-ar-framgang/#fem-fallgropar-när-framgång-ska-mätas',
    '/handboken/vad-ar-framgang/#mjuka-och-hårda-värden',
    '/handboken/vad-ar-framgang/#tre-frågor-att-värdera-arbetet-med',
  ]);

  await session.page.reload();

  await hydrated(session.page);
  await expect.poll(headline).toBe(EXPECTED);
  expect(await session.page.isChecked('input[name="framgang-system"][value="huvudmal"]')).toBe(true);
  expect(await session.page.isChecked('input[name="framgang-hjalploshet"][value="okar"]')).toBe(true);

  await session.page.emulateMedia({ media: 'print' });
  expect(await result.isVisible()).toBe(true);
  expect(await session.page.locator('.tool__headline').isVisible()).toBe(true);
  expect(await session.page.locator('.tool-actions').first().isVisible()).toBe(false);
  expect(await session.page.locator('.site-header').isVisible()).toBe(false);
});

it('carries the answers to another browser by answer code', async () => {
  await session.page.goto(path);
  await hydrated(session.page);
  for (const [item, option] of ANSWERS) await session.page.check(`input[name="framgang-${item}"][value="${option}"]`);
  // The share box is an island of its own: wait until it has caught up with the last answer.
  await sharedCode(session.page);
  await expect.poll(() => session.page.locator('#svarskod-rubrik').textContent()).toContain('15 svar');
  const code = await sharedCode(session.page);
  expect(code).toMatch(/^SVH2\..*\.fg\.1\./);

  const other = await newContext(session.browser);
  const b = await watchedPage(other, baseURL);
  await b.page.goto(`${path}#kod=${code}`);
  const prompt = b.page.locator('.incoming');
  await prompt.waitFor();
  expect(await prompt.textContent()).toContain('(15 svar)');
  await b.page.getByRole('button', { name: 'Läs in svaren' }).click();
  await expect.poll(() => b.page.locator('.tool__headline').textContent()).toBe(EXPECTED);
  expect(b.errors).toEqual([]);
  expect(b.foreign).toEqual([]);
  await other.close();
});

it('shows up in the chapter and in Min självskattning', async () => {
  await session.page.goto(path);
  await hydrated(session.page);
  await session.page.check('input[name="framgang-fordelning"][value="nej"]');
  await session.page.goto(new URL('verktyg/min-sjalvskattning/', baseURL).href);
  await hydrated(session.page);
  const card = session.page.locator('.my-assessment__list li.card', { hasText: 'Vad är framgång?' });
  await expect.poll(() => card.textContent()).toContain('En av de fem fallgroparna är en risk för er.');

  await session.page.goto(new URL('handboken/vad-ar-framgang/', baseURL).href);
  const embed = session.page.locator('[data-embed="framgang"]');
  // The tool in the chapter is drawn when the reader comes near it.
  await embed.scrollIntoViewIfNeeded();
  await expect.poll(() => embed.locator('input[name="framgang-fordelning"][value="nej"]').isChecked()).toBe(true);
});

it('fits at 320 px without sideways scrolling', async () => {
  await session.page.setViewportSize({ width: 320, height: 800 });
  await session.page.goto(path);
  await hydrated(session.page);
  await session.page.check('input[name="framgang-konkret"][value="andra-hand"]');
  await expect.poll(headline).toContain('Ni siktar på nivå 1');
  expect(await session.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
