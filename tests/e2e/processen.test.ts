// Var är vi i processen? in a real browser: questions readable without JavaScript; answered by
// keyboard alone, the result is shown in words (with a warning where the time plan is shorter than
// experience), survives a reload, prints and fits 320 px; an answer code made in one browser reads
// into another. Reset and corrupt storage: tool-robustness.test.ts.
import { expect, inject, it } from 'vitest';
import { newContext, watchedPage } from '../support/browser';
import { sharedCode } from '../support/share';
import { answerByKeyboard, focusTop, hydrated, useToolSession } from '../support/tool-page';

const baseURL = inject('baseURL');
const path = new URL('verktyg/processen/', baseURL).href;
const session = useToolSession();

const headline = () => session.page.locator('.tool__headline').textContent();
const EXPECTED =
  'Ledningsgruppen är i fas 2, Strategi och gemensam ledningsmodell, och projektet är i fas 4, Pröva på ett representativt urval. ' +
  'Tidsplanen är kortare än erfarenheten säger på två punkter.';
const ANSWERS: [string, string][] = [
  ['ledningsgrupp-fas', 'strategi'],
  ['projekt-fas', 'liten-skala'],
  ['malgrupp-sarbar', 'ja'],
  ['overlamning-planeras', 'nej'],
  ['tid-ledningsgrupp', 'under-2-man'],
  ['tid-forsta-aktivitet', '12-18-man'],
  ['tid-genomstromning', '12-18-man'],
  ['tid-effekter', '4-8-ar'],
];

it('shows the questions as HTML before any script runs', async () => {
  const js = await newContext(session.browser, { javaScriptEnabled: false });
  const p = await js.newPage();
  await p.goto(path);
  // two phase questions, target group, hand-over, four durations
  expect(await p.locator('fieldset legend').count()).toBe(8);
  expect(await p.locator('text=Stanna upp och revidera').count()).toBeGreaterThan(0);
  expect(await p.locator('input[name="processen-projekt-fas"]').count()).toBe(9);
  expect(await p.locator('text=Fyra till åtta år').count()).toBeGreaterThan(0);
  await js.close();
});

it('answers by keyboard alone, warns where the plan is short, and keeps it after a reload', async () => {
  await session.page.goto(path);
  await session.page.waitForSelector('[data-tool="processen"]');
  await hydrated(session.page);
  await focusTop(session.page);
  for (const [item, option] of ANSWERS) await answerByKeyboard(session.page, `processen-${item}`, option);
  await expect.poll(headline).toBe(EXPECTED);
  expect(await session.page.getAttribute('.tool__headline', 'aria-live')).toBe('polite');

  const result = session.page.locator('.tool__result');
  // Wait until the result has caught up with the last answer (the headline is right before it).
  await expect
    .poll(() => result.textContent())
    .toContain('Tidshorisonten för att bedöma effekterna: i linje med erfarenhetenNi räknar med fyra till åtta år.');
  const said = (await result.textContent()) ?? '';
  expect(said).toContain('Det konkreta arbetet har startat medan ledningsgruppen är i fas 2.');
  expect(said).toContain('Tänk på: Avsätt tid att reflektera');
  expect(said).toContain('Börja planera överlämningen i god tid');
  expect(said).toContain(
    'Att forma ledningsgruppen: kortare än erfarenhetenNi räknar med mindre än två månader. Erfarenheten säger 2–6 månader.',
  );
  expect(said).toContain('Tiden för varje deltagare: kortare än erfarenheten');
  expect(said).toContain('Tidshorisonten för att bedöma effekterna: i linje med erfarenheten');
  expect(await result.locator('svg[role="img"]').getAttribute('aria-label')).toBe('Ledningsgruppen: fas 2 av 4. Projektet: fas 4 av 7.');
  const links = await result.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links).toEqual([
    '/handboken/samverkansledning/#fyra-faser-från-start-till-lärande',
    '/handboken/fran-prat-till-verkstad/#projektets-sju-livsfaser',
    '/handboken/fran-prat-till-verkstad/#börja-lämna-över-redan-vid-första-revisionen',
    '/handboken/metodik-och-team/#relationen-går-inte-att-forcera',
  ]);

  await session.page.reload();

  await hydrated(session.page);
  await expect.poll(headline).toBe(EXPECTED);
  expect(await session.page.isChecked('input[name="processen-projekt-fas"][value="liten-skala"]')).toBe(true);
  expect(await session.page.isChecked('input[name="processen-tid-effekter"][value="4-8-ar"]')).toBe(true);

  await session.page.emulateMedia({ media: 'print' });
  expect(await result.isVisible()).toBe(true);
  expect(await session.page.locator('.tool__headline').isVisible()).toBe(true);
  expect(await session.page.locator('.tool-actions').first().isVisible()).toBe(false);
  expect(await session.page.locator('.site-header').isVisible()).toBe(false);
});

it('carries the answers to another browser by answer code', async () => {
  await session.page.goto(path);
  await hydrated(session.page);
  for (const [item, option] of ANSWERS) await session.page.check(`input[name="processen-${item}"][value="${option}"]`);
  // The share box is an island of its own: wait until it has caught up with the last answer.
  await sharedCode(session.page);
  await expect.poll(() => session.page.locator('#svarskod-rubrik').textContent()).toContain('8 svar');
  const code = await sharedCode(session.page);
  expect(code).toMatch(/^SVH2\..*\.pr\.1\./);

  const other = await newContext(session.browser);
  const b = await watchedPage(other, baseURL);
  await b.page.goto(`${path}#kod=${code}`);
  const prompt = b.page.locator('.incoming');
  await prompt.waitFor();
  expect(await prompt.textContent()).toContain('(8 svar)');
  await b.page.getByRole('button', { name: 'Läs in svaren' }).click();
  await expect.poll(() => b.page.locator('.tool__headline').textContent()).toBe(EXPECTED);
  expect(b.errors).toEqual([]);
  expect(b.foreign).toEqual([]);
  await other.close();
});

it('shows up in the chapter and in Min självskattning', async () => {
  await session.page.goto(path);
  await hydrated(session.page);
  await session.page.check('input[name="processen-tid-effekter"][value="hogst-1-ar"]');
  await session.page.goto(new URL('verktyg/min-sjalvskattning/', baseURL).href);
  await hydrated(session.page);
  const card = session.page.locator('.my-assessment__list li.card', { hasText: 'Var är vi i processen?' });
  await expect.poll(() => card.textContent()).toContain('Tidsplanen är kortare än erfarenheten säger på en punkt.');

  await session.page.goto(new URL('handboken/fran-prat-till-verkstad/', baseURL).href);
  const embed = session.page.locator('[data-embed="processen"]');
  // The tool in the chapter is drawn when the reader comes near it.
  await embed.scrollIntoViewIfNeeded();
  await expect.poll(() => embed.locator('input[name="processen-tid-effekter"][value="hogst-1-ar"]').isChecked()).toBe(true);
});

it('fits at 320 px without sideways scrolling', async () => {
  await session.page.setViewportSize({ width: 320, height: 800 });
  await session.page.goto(path);
  await hydrated(session.page);
  await session.page.check('input[name="processen-projekt-fas"][value="overlamning"]');
  await expect.poll(headline).toContain('Projektet är i fas 7');
  expect(await session.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
