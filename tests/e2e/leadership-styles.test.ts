// Två ledarstilar in a real browser: placed by keyboard alone, the profile is shown in words with
// what each pole means, survives a reload, prints, travels as an answer code to another browser,
// and works inside chapter 5. Reset, axe and corrupt storage: tool-robustness.test.ts.
import { expect, inject, it } from 'vitest';
import { newContext, watchedPage } from '../support/browser';
import { sharedCode } from '../support/share';
import { answerByKeyboard, focusTop, hydrated, useToolSession } from '../support/tool-page';

const baseURL = inject('baseURL');
const TOOL = 'ledarstilar';
const path = new URL(`verktyg/${TOOL}/`, baseURL).href;
const session = useToolSession();

const headline = () => session.page.locator('.tool__headline').textContent();

it('shows every factor and both poles as HTML before any script runs', async () => {
  const js = await newContext(session.browser, { javaScriptEnabled: false });
  const p = await js.newPage();
  await p.goto(path);
  expect(await p.locator('fieldset legend').count()).toBe(6);
  expect(await p.locator(`input[type=radio][name="${TOOL}-kontroll"]`).count()).toBe(6);
  for (const text of [
    'Kommunikation',
    'Medarbetarna',
    'Gränsbevarande ledarskap',
    'Gränsöverskridande ledarskap',
    'Helt gränsöverskridande',
  ]) {
    expect(await p.locator(`text=${text}`).count()).toBeGreaterThan(0);
  }
  await js.close();
});

it('places the leadership by keyboard alone, explains the profile, and keeps it after a reload', async () => {
  await session.page.goto(path);
  await session.page.waitForSelector(`[data-tool="${TOOL}"]`);
  await hydrated(session.page);
  await focusTop(session.page);
  await answerByKeyboard(session.page, `${TOOL}-kommunikation`, '5');
  await answerByKeyboard(session.page, `${TOOL}-medarbetarna`, '4');
  await answerByKeyboard(session.page, `${TOOL}-granser`, '4');
  await answerByKeyboard(session.page, `${TOOL}-styrning`, '3');
  await answerByKeyboard(session.page, `${TOOL}-roll`, 'vet-inte');
  await answerByKeyboard(session.page, `${TOOL}-kontroll`, '1');
  const expected = 'Ert ledarskap i samverkan blandar de två stilarna.';
  await expect.poll(headline).toBe(expected);
  const result = session.page.locator('.tool__result');
  const words = async () => (await result.textContent()) ?? '';
  // Wait until the result has caught up with the last answer (the headline may be right before it).
  await expect.poll(words).toContain('Kontroll – helt gränsbevarande. Kontrollen behålls');
  expect(await words()).toContain(
    'Profilen är ojämn: ni leder gränsöverskridande när det gäller kommunikation, medarbetarna och gränser, men gränsbevarande när det gäller kontroll.',
  );
  expect(await words()).toContain('Kontroll – helt gränsbevarande. Kontrollen behålls');
  expect(await words()).toContain('Roll – vet inte.');
  expect(await words()).toContain('Välj något som ni medvetet släpper taget om');
  expect(await result.locator('figure').textContent()).toContain('KontrollHelt gränsbevarande');
  expect(await result.locator('a', { hasText: 'Två ledarstilar sida vid sida' }).getAttribute('href')).toMatch(
    /\/handboken\/gransoverskridande-ledarskap\/#två-ledarstilar-sida-vid-sida$/,
  );
  expect(await session.page.getAttribute('.tool__headline', 'aria-live')).toBe('polite');

  await session.page.reload();

  await hydrated(session.page);
  await expect.poll(headline).toBe(expected);
  expect(await session.page.isChecked(`input[name="${TOOL}-roll"][value="vet-inte"]`)).toBe(true);

  await session.page.emulateMedia({ media: 'print' });
  expect(await result.isVisible()).toBe(true);
  expect(await session.page.locator('.tool-actions').first().isVisible()).toBe(false);
  expect(await session.page.locator('.site-header').isVisible()).toBe(false);
});

it('carries the answers to another browser as an answer code', async () => {
  await session.page.goto(path);
  await hydrated(session.page);
  await session.page.check(`input[name="${TOOL}-roll"][value="2"]`);
  await session.page.check(`input[name="${TOOL}-kontroll"][value="vet-inte"]`);
  // The share box is an island of its own: wait until it has caught up with the last answer.
  await sharedCode(session.page);
  await expect.poll(() => session.page.locator('#svarskod-rubrik').textContent()).toContain('2 svar');
  const code = await sharedCode(session.page);
  expect(code).toMatch(/^SVH2\..*\.ls\.1\./);

  const other = await newContext(session.browser);
  const b = await watchedPage(other, baseURL);
  await b.page.goto(`${path}#kod=${code}`);
  await b.page.locator('.incoming').waitFor();
  await b.page.getByRole('button', { name: 'Läs in svaren' }).click();
  await expect.poll(() => b.page.isChecked(`input[name="${TOOL}-roll"][value="2"]`)).toBe(true);
  expect(await b.page.isChecked(`input[name="${TOOL}-kontroll"][value="vet-inte"]`)).toBe(true);
  expect(b.errors).toEqual([]);
  await other.close();
});

it('is embedded in chapter 5 and shares its answers with the tool page', async () => {
  await session.page.goto(path);
  await hydrated(session.page);
  await session.page.check(`input[name="${TOOL}-kommunikation"][value="2"]`);
  await session.page.goto(new URL('handboken/gransoverskridande-ledarskap/', baseURL).href);
  const embed = session.page.locator(`[data-embed="${TOOL}"]`);
  // The tool in the chapter is drawn when the reader comes near it.
  await embed.scrollIntoViewIfNeeded();
  await expect.poll(() => session.page.isChecked(`input[name="${TOOL}-kommunikation"][value="2"]`)).toBe(true);
  await expect.poll(() => embed.locator('.tool__headline').textContent()).toBe('Ert ledarskap i samverkan är övervägande gränsbevarande.');
});
