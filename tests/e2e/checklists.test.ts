// Checklistor före start in a real browser: every question answered by keyboard alone, the
// weakest area named first with the mean beside it, kept after a reload, printed.
// Reset and corrupt storage: tool-robustness.test.ts.
import { expect, inject, it } from 'vitest';
import { parse } from 'node-html-parser';
import { checklistsModel as model } from '../support/models';
import { newContext } from '../support/browser';
import { answerByKeyboard, focusTop, hydrated, useToolSession } from '../support/tool-page';

const baseURL = inject('baseURL');
const path = new URL('verktyg/checklistor/', baseURL).href;
const total = model.areas.reduce((n, a) => n + a.items.length, 0);
const session = useToolSession();

const headline = async () => (await session.page.locator('.tool__headline').textContent())?.replace(/\u00a0/g, ' ');

/** The answer each item gets: "ja" everywhere, except a weak team and one "vet inte". */
function plannedAnswer(areaId: string, index: number): string {
  if (areaId === 'teamet') return ['nej', 'delvis', 'nej', 'ja', 'nej', 'ja', 'nej', 'vet-inte'][index]!;
  if (areaId === 'misstag' && index === 0) return 'delvis';
  return 'ja';
}

it('shows every question and area as HTML before any script runs', async () => {
  const js = await newContext(session.browser, { javaScriptEnabled: false });
  const p = await js.newPage();
  await p.goto(path);
  expect(await p.locator('fieldset legend').count()).toBe(total);
  for (const a of model.areas) expect(await p.locator(`#checklistor-${a.id} h2`).textContent()).toContain(a.title);
  expect(await p.locator('.tool__headline').textContent()).toMatch(/Svara på frågorna/);
  await js.close();
});

it('links every area to a heading that exists in its chapter', async () => {
  for (const a of [...model.areas.map((x) => x.readNext), model.readNext]) {
    const [pathname, hash] = a.href.split('#');
    const html = await (await fetch(new URL(pathname!.slice(1), baseURL))).text();
    const ids = parse(html)
      .querySelectorAll('[id]')
      .map((e) => e.getAttribute('id'));
    expect(ids, a.href).toContain(hash);
  }
});

it('is answered by keyboard alone, names the weakest area first, and keeps it after a reload', async () => {
  await session.page.goto(path);
  await session.page.waitForSelector('[data-tool="checklistor"]');
  await hydrated(session.page);
  await focusTop(session.page);
  for (const a of model.areas) {
    for (const [i, item] of a.items.entries()) await answerByKeyboard(session.page, `checklistor-${item.id}`, plannedAnswer(a.id, i));
  }
  const expected = 'Svagaste länken: Teamets sammansättning – svag (36 %).';
  await expect.poll(headline).toBe(expected);
  expect(await session.page.getAttribute('.tool__headline', 'aria-live')).toBe('polite');
  const result = session.page.locator('.tool__result');
  // Wait until the result has caught up with the last answer (the headline is right before it).
  await expect.poll(async () => (await result.textContent())?.replace(/\u00a0/g, ' ')).toMatch(/Medelvärdet för alla nio områden är 92 %/);
  const text = (await result.textContent())!.replace(/\u00a0/g, ' ');
  expect(text).toMatch(/Medelvärdet för alla nio områden är 92 % \(stark\)/);
  expect(text).toMatch(/Snittet ser alltså bättre ut än er svagaste punkt/);
  expect(await result.locator('.checklists__ranked li').first().textContent()).toMatch(/^Teamets sammansättning: Svag/);

  const team = session.page.locator('#checklistor-teamet .checklists__area-result');
  const teamText = (await team.textContent())!;
  expect(teamText).toContain('1 vet inte');
  expect(teamText).toContain('Att arbeta med');
  expect(await team.locator('h4:has-text("Att arbeta med") + ul li').count()).toBe(5);
  expect(await team.locator('a').getAttribute('href')).toMatch(
    /\/handboken\/metodik-och-team\/#s%C3%A5-s%C3%A4tter|\/handboken\/metodik-och-team\/#så-sätter/,
  );

  await session.page.reload();

  await hydrated(session.page);
  await expect.poll(headline).toBe(expected);
  expect(await session.page.isChecked('input[name="checklistor-team-coach"][value="vet-inte"]')).toBe(true);

  await session.page.emulateMedia({ media: 'print' });
  expect(await result.isVisible()).toBe(true);
  expect(await session.page.locator('.tool-actions').first().isVisible()).toBe(false);
  expect(await session.page.locator('.checklists__nav').isVisible()).toBe(false);
});

it('judges one area at a time and says when too little is answered', async () => {
  await session.page.goto(path);
  await hydrated(session.page);
  await session.page.check('input[name="checklistor-balans-problem"][value="ja"]');
  await expect.poll(headline).toBe('Ännu för lite besvarat för att bedöma er beredskap.');
  expect(await session.page.locator('#checklistor-balans .checklists__summary').textContent()).toMatch(
    /^För få svar för att bedöma området/,
  );
  await session.page.check('input[name="checklistor-balans-mal"][value="nej"]');
  await expect.poll(headline).toBe('Svagast hittills: Fyra frågor i balans – ojämn (50 %).');
  expect(await session.page.locator('#checklistor-balans .checklists__summary').textContent()).toMatch(/2 obesvarade/);
  await session.page.getByRole('link', { name: 'Teamets sammansättning' }).first().click();
  expect(new URL(session.page.url()).hash).toBe('#checklistor-teamet');
});
