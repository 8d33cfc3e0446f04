// Sharing answers between browsers with no server: one person's code travels as a link (in the
// #fragment) to another browser, which asks before reading it in and never shows the sender's
// name; a damaged link changes nothing; the link carries no query string from the page.
import { expect, inject, it } from 'vitest';
import { newContext, useBrowser, watchedPage } from '../support/browser';
import { sharedCode } from '../support/share';
import { hydrated } from '../support/tool-page';

const baseURL = inject('baseURL');
const tool = new URL('verktyg/ambitionstrappan/', baseURL).href;
const chromium = useBrowser();

it('a link carries the answers to another browser, which asks first and shows no name', async () => {
  const alice = await newContext(chromium.browser);
  const a = await watchedPage(alice, baseURL);
  await a.page.goto(tool);
  await hydrated(a.page);
  await a.page.check('input[name="ambitionstrappan-ses-alls"][value="ja"]');
  await a.page.check('input[name="ambitionstrappan-mal"][value="strategisk"]');
  await sharedCode(a.page);
  await a.page.getByLabel('Namn (frivilligt)').fill('<b>Kim</b>');
  await a.page.getByLabel('Organisation eller roll (frivilligt)').fill('Socialtjänsten');
  await expect.poll(async () => (await sharedCode(a.page)).split('.')[3]).not.toBe('');
  const code = await sharedCode(a.page);
  expect(code).toMatch(/^SVH2\./);
  await a.page.locator('svg.qr').waitFor();
  expect(a.errors).toEqual([]);
  await alice.close();

  const bob = await newContext(chromium.browser);
  const b = await watchedPage(bob, baseURL);
  await b.page.goto(`${tool}#kod=${code}`);
  const prompt = b.page.locator('.incoming');
  await prompt.waitFor();
  expect(await prompt.textContent()).toContain('Svar i Ledningsgruppens ambitionstrappa (2 svar)');
  expect(await prompt.textContent()).not.toContain('Kim');
  expect(await b.page.locator('.incoming b').count()).toBe(0);
  expect(await b.page.isChecked('input[name="ambitionstrappan-ses-alls"][value="ja"]')).toBe(false);
  await b.page.getByRole('button', { name: 'Läs in svaren' }).click();
  await expect.poll(() => b.page.isChecked('input[name="ambitionstrappan-ses-alls"][value="ja"]')).toBe(true);
  expect(b.page.url()).not.toContain('#kod=');
  expect(b.errors).toEqual([]);
  expect(b.foreign).toEqual([]);
  await bob.close();
});

it('a damaged link says what is wrong, changes nothing and is forgotten', async () => {
  const context = await newContext(chromium.browser);
  const { page, errors } = await watchedPage(context, baseURL);
  await page.goto(tool);
  const mine = JSON.stringify({ v: 1, answers: { 'ses-alls': 'nej' }, savedAt: '2026-11-25T10:00:00.000Z' });
  await page.evaluate((m) => localStorage.setItem('samverkan:ambitionstrappan', m), mine);
  await page.goto(`${tool}#kod=SVH1.at.1.0000.x.y.zzz`);
  const alert = page.locator('.incoming');
  await alert.waitFor();
  expect(await alert.textContent()).toContain('ändrad eller ofullständig');
  expect(await alert.textContent()).toContain('Inga svar har ändrats');
  expect(await page.evaluate(() => localStorage.getItem('samverkan:ambitionstrappan'))).toBe(mine);
  // A reload does not bring the error back: the link is gone from the address.
  expect(page.url()).not.toContain('#kod=');
  expect(errors).toEqual([]);
  await context.close();
});

it('the shared link leaves out the page’s query string', async () => {
  const context = await newContext(chromium.browser);
  const { page, errors } = await watchedPage(context, baseURL);
  await page.goto(`${tool}?utm_source=nyhetsbrev&token=abc123`);
  await hydrated(page);
  await page.check('input[name="ambitionstrappan-ses-alls"][value="ja"]');
  const code = await sharedCode(page);
  const sms = await page.getByRole('link', { name: 'Skicka som sms' }).getAttribute('href');
  expect(decodeURIComponent(sms!.replace('sms:?&body=', ''))).toBe(`${tool}#kod=${code}`);
  expect(errors).toEqual([]);
  await context.close();
});
