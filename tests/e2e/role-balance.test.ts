// Styra – stödja – lära in a real browser: rated by keyboard alone, the result names the balance and
// the mistakes in words, survives a reload, prints, travels as an answer code to another browser,
// and works inside chapter 7. Reset, axe and corrupt storage: tool-robustness.test.ts.
import { expect, inject, it } from 'vitest';
import { newContext, watchedPage } from '../support/browser';
import { sharedCode } from '../support/share';
import { answerByKeyboard, focusTop, hydrated, useToolSession } from '../support/tool-page';

const baseURL = inject('baseURL');
const TOOL = 'styra-stodja-lara';
const path = new URL(`verktyg/${TOOL}/`, baseURL).href;
const STEER = ['vagvisare', 'beslutsfattare', 'mandat-och-resursgivare'];
const session = useToolSession();

const headline = () => session.page.locator('.tool__headline').textContent();

it('shows every role as HTML before any script runs', async () => {
  const js = await newContext(session.browser, { javaScriptEnabled: false });
  const p = await js.newPage();
  await p.goto(path);
  expect(await p.locator('fieldset legend').count()).toBe(13);
  expect(await p.locator(`input[type=radio][name="${TOOL}-trouble-shooter"]`).count()).toBe(5);
  for (const text of ['Vägvisare', 'Mäklare och kopplare', 'Systemförändrare', 'Styrmedel']) {
    expect(await p.locator(`text=${text}`).count()).toBeGreaterThan(0);
  }
  await js.close();
});

it('rates by keyboard alone, names the balance and the mistakes, and keeps them after a reload', async () => {
  await session.page.goto(path);
  await session.page.waitForSelector(`[data-tool="${TOOL}"]`);
  await hydrated(session.page);
  await focusTop(session.page);
  for (const id of STEER) await answerByKeyboard(session.page, `${TOOL}-${id}`, '3');
  await answerByKeyboard(session.page, `${TOOL}-informationscentral`, '1');
  await answerByKeyboard(session.page, `${TOOL}-trouble-shooter`, '0');
  await answerByKeyboard(session.page, `${TOOL}-utvecklare`, 'vet-inte');
  await answerByKeyboard(session.page, `${TOOL}-saknar-styrmedel`, 'delvis');
  const expected = 'Tyngdpunkten ligger på att styra; svagast är att stödja.';
  await expect.poll(headline).toBe(expected);
  const result = session.page.locator('.tool__result');
  const words = async () => (await result.textContent()) ?? '';
  // Wait until the result has caught up with the last answer (the headline is right before it).
  await expect.poll(words).toContain('”Vi kan inte leda utan styrmedel”');
  expect(await words()).toContain('Stödja: svag – i snitt 0,5 på skalan 0–3 (2 av 6 roller skattade).');
  expect(await words()).toContain('Lära: bara ”vet inte” hittills.');
  expect(await words()).toContain('Styrning utan stöd');
  expect(await words()).toContain('”Vi kan inte leda utan styrmedel”');
  expect(await words()).toContain('Trouble shooter (stödja): inte alls.');
  expect(await result.locator('figure').textContent()).toContain('Svag, 0,5 – svagast');
  expect(await result.locator('a', { hasText: 'Tre vanliga misstag' }).getAttribute('href')).toMatch(
    /\/handboken\/samverkansledning\/#tre-vanliga-misstag$/,
  );
  expect(await session.page.getAttribute('.tool__headline', 'aria-live')).toBe('polite');

  await session.page.reload();

  await hydrated(session.page);
  await expect.poll(headline).toBe(expected);
  expect(await session.page.isChecked(`input[name="${TOOL}-utvecklare"][value="vet-inte"]`)).toBe(true);

  await session.page.emulateMedia({ media: 'print' });
  expect(await result.isVisible()).toBe(true);
  expect(await session.page.locator('.tool-actions').first().isVisible()).toBe(false);
  expect(await session.page.locator('.site-header').isVisible()).toBe(false);
});

it('carries the answers to another browser as an answer code', async () => {
  await session.page.goto(path);
  await hydrated(session.page);
  await session.page.check(`input[name="${TOOL}-legitimerare"][value="2"]`);
  await session.page.check(`input[name="${TOOL}-saknar-styrmedel"][value="nej"]`);
  // The share box is an island of its own: wait until it has caught up with the last answer.
  await sharedCode(session.page);
  await expect.poll(() => session.page.locator('#svarskod-rubrik').textContent()).toContain('2 svar');
  const code = await sharedCode(session.page);
  expect(code).toMatch(/^SVH2\..*\.ss\.1\./);

  const other = await newContext(session.browser);
  const b = await watchedPage(other, baseURL);
  await b.page.goto(`${path}#kod=${code}`);
  await b.page.locator('.incoming').waitFor();
  await b.page.getByRole('button', { name: 'Läs in svaren' }).click();
  await expect.poll(() => b.page.isChecked(`input[name="${TOOL}-legitimerare"][value="2"]`)).toBe(true);
  expect(await b.page.isChecked(`input[name="${TOOL}-saknar-styrmedel"][value="nej"]`)).toBe(true);
  expect(b.errors).toEqual([]);
  await other.close();
});

it('is embedded in chapter 7 and shares its answers with the tool page', async () => {
  await session.page.goto(path);
  await hydrated(session.page);
  await session.page.check(`input[name="${TOOL}-vagvisare"][value="3"]`);
  await session.page.goto(new URL('handboken/samverkansledning/', baseURL).href);
  const embed = session.page.locator(`[data-embed="${TOOL}"]`);
  // The tool in the chapter is drawn when the reader comes near it.
  await embed.scrollIntoViewIfNeeded();
  await expect.poll(() => session.page.isChecked(`input[name="${TOOL}-vagvisare"][value="3"]`)).toBe(true);
  await expect
    .poll(() => embed.locator('.tool__headline').textContent())
    .toBe('Hittills har ni bara skattat rollerna för att styra. Skatta de andra sidorna, så visas balansen.');
});
