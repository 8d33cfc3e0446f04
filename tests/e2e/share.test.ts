// Sharing answers between browsers with no server: one person's code travels as a link (in the
// #fragment) to another browser, which asks before reading it in; a damaged link changes nothing.
import { expect, inject, it } from 'vitest';
import { newContext, useBrowser, watchedPage } from '../support/browser';
import { hydrated } from '../support/tool-page';

const baseURL = inject('baseURL');
const tool = new URL('verktyg/ambitionstrappan/', baseURL).href;
const chromium = useBrowser();

it('a link carries the answers to another browser, which asks first and shows the name as text', async () => {
  const alice = await newContext(chromium.browser);
  const a = await watchedPage(alice, baseURL);
  await a.page.goto(tool);
  await hydrated(a.page);
  await a.page.check('input[name="ambitionstrappan-ses-alls"][value="ja"]');
  await a.page.check('input[name="ambitionstrappan-mal"][value="strategisk"]');
  await a.page.getByLabel('Namn (frivilligt)').fill('<b>Kim</b>');
  await a.page.getByLabel('Organisation eller roll (frivilligt)').fill('Socialtjänsten');
  const code = await a.page.locator('#ambitionstrappan-kod').inputValue();
  expect(code).toMatch(/^SVH1\.at\.2\./);
  await a.page.locator('svg.qr').waitFor();
  await alice.close();

  const bob = await newContext(chromium.browser);
  const b = await watchedPage(bob, baseURL);
  await b.page.goto(`${tool}#kod=${code}`);
  const prompt = b.page.getByRole('alert');
  await prompt.waitFor();
  expect(await prompt.textContent()).toContain('från <b>Kim</b> (Socialtjänsten): 2 besvarade frågor');
  expect(await b.page.locator('.share b').count()).toBe(0);
  expect(await b.page.isChecked('input[name="ambitionstrappan-ses-alls"][value="ja"]')).toBe(false);
  await b.page.getByRole('button', { name: 'Läs in svaren' }).click();
  await expect.poll(() => b.page.isChecked('input[name="ambitionstrappan-ses-alls"][value="ja"]')).toBe(true);
  expect(b.page.url()).not.toContain('#kod=');
  expect(b.errors).toEqual([]);
  expect(b.foreign).toEqual([]);
  await bob.close();
});

it('a damaged link says what is wrong and changes nothing', async () => {
  const context = await newContext(chromium.browser);
  const { page, errors } = await watchedPage(context, baseURL);
  await page.goto(tool);
  const mine = JSON.stringify({ v: 1, answers: { 'ses-alls': 'nej' }, savedAt: '2026-11-25T10:00:00.000Z' });
  await page.evaluate((m) => localStorage.setItem('samverkan:ambitionstrappan', m), mine);
  await page.goto(`${tool}#kod=SVH1.at.1.0000.x.y.zzz`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toContain('ändrad eller ofullständig');
  expect(await alert.textContent()).toContain('Inga svar har ändrats');
  expect(await page.evaluate(() => localStorage.getItem('samverkan:ambitionstrappan'))).toBe(mine);
  expect(errors).toEqual([]);
  await context.close();
});
