// One person, one link: participants answer two tools on their phones and send one link each
// (the share sheet where the phone has one – stubbed here to capture what it is given – otherwise
// sms or e-mail with the link filled in). The facilitator pastes the chat as it was copied: names,
// times, a safe link, a wrapped link, a duplicate and an older resend. Each person is one member,
// the newest answers are kept, the summary says what was read, and no name shows with "Visa namn"
// off. An older link opened on a participant's own tool asks and keeps the newer answers.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, expect, inject, it } from 'vitest';
import { newContext, useBrowser, watchedPage } from '../support/browser';
import { sharedCode } from '../support/share';
import { hydrated } from '../support/tool-page';

const baseURL = inject('baseURL');
const at = (path: string) => new URL(path, baseURL).href;
const chromium = useBrowser();
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

interface Phone {
  context: BrowserContext;
  page: Page;
  errors: string[];
}
const opened: BrowserContext[] = [];
afterAll(async () => {
  for (const c of opened) await c.close();
});

/** A phone; `share` gives it a share sheet that records what it was given. */
async function phone(share: boolean): Promise<Phone> {
  const context = await newContext(chromium.browser, PHONE);
  opened.push(context);
  await context.addInitScript((withShare) => {
    const w = window as unknown as { __shared: ShareData[] };
    w.__shared = [];
    if (withShare) navigator.share = (data?: ShareData) => (w.__shared.push(data ?? {}), Promise.resolve());
    else delete (Navigator.prototype as { share?: unknown }).share;
  }, share);
  const { page, errors } = await watchedPage(context, baseURL);
  return { context, page, errors };
}

async function answer(page: Page, tool: string, picks: Record<string, string>): Promise<void> {
  await page.goto(at(`verktyg/${tool}/`));
  await hydrated(page);
  for (const [item, value] of Object.entries(picks)) await page.check(`input[name="${tool}-${item}"][value="${value}"]`);
}

/** Fills in who is answering (asked once on the device). */
async function introduce(page: Page, name: string, org: string): Promise<void> {
  await sharedCode(page);
  if (name) await page.getByLabel('Namn (frivilligt)').fill(name);
  if (org) await page.getByLabel('Organisation eller roll (frivilligt)').fill(org);
  await page.getByRole('button', { name: 'Klar' }).click();
}

/** Presses "Skicka till processledaren" and returns the link the share sheet was given. */
async function sendByShareSheet(page: Page): Promise<string> {
  const before = await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared.length);
  await sharedCode(page);
  await page.getByRole('button', { name: 'Skicka till processledaren' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared.length)).toBe(before + 1);
  const shared = await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared.at(-1)!);
  // The payload is the link alone: one link carrying everything.
  expect(Object.keys(shared)).toEqual(['url']);
  return shared.url!;
}

let anna: Phone;
let annaOld = '';
let annaNew = '';
let bo = '';
let cecilia = '';

it('phones answer two tools and send one link each, by share sheet or by sms and e-mail', async () => {
  // Anna sends once after the first tool (at 09:00), then changes an answer and does the second
  // tool, and sends again (09:30): the later link carries both tools and the newer answer.
  anna = await phone(true);
  await anna.context.clock.setFixedTime(new Date('2026-12-05T09:00:00Z'));
  await answer(anna.page, 'ambitionstrappan', { 'ses-alls': 'nej', 'kanner-varandra': 'delvis' });
  await introduce(anna.page, 'Anna Berg', 'Region Skåne');
  annaOld = await sendByShareSheet(anna.page);
  expect(annaOld).toMatch(/\/verktyg\/ambitionstrappan\/#kod=SVH2\./);
  await anna.context.clock.setFixedTime(new Date('2026-12-05T09:30:00Z'));
  await answer(anna.page, 'ambitionstrappan', { 'ses-alls': 'ja' });
  await answer(anna.page, 'hindrens-isberg', { sekretess: '2', 'lagar-och-regler': '1' });
  // Asked once: the second tool already knows who is answering.
  await sharedCode(anna.page);
  expect(await anna.page.locator('.share__identity').textContent()).toContain('Skickas som Anna Berg (Region Skåne).');
  annaNew = await sendByShareSheet(anna.page);
  expect(annaNew).not.toBe(annaOld);
  // The whole code is on screen, wrapping, never cut off.
  const box = anna.page.locator('#svarskod');
  expect(annaNew.endsWith((await box.textContent())!)).toBe(true);
  expect(await box.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight)).toBe(true);
  await anna.page.locator('svg.qr').waitFor();

  // Bo's phone has no share sheet: the button copies, and sms and e-mail carry the link.
  const b = await phone(false);
  await answer(b.page, 'ambitionstrappan', { 'ses-alls': 'delvis' });
  await answer(b.page, 'hindrens-isberg', { sekretess: '3' });
  await introduce(b.page, '', '');
  const sms = await b.page.getByRole('link', { name: 'Skicka som sms' }).getAttribute('href');
  const mail = await b.page.getByRole('link', { name: 'Skicka som mejl' }).getAttribute('href');
  expect(sms).toMatch(/^sms:\?&body=/);
  expect(mail).toMatch(/^mailto:\?body=/);
  bo = decodeURIComponent(sms!.slice('sms:?&body='.length));
  expect(decodeURIComponent(mail!.slice('mailto:?body='.length))).toBe(bo);
  expect(bo).toBe(`${at('verktyg/hindrens-isberg/')}#kod=${await sharedCode(b.page)}`);
  expect(await b.page.textContent('.share__details')).toContain('länken kopieras');

  const c = await phone(true);
  await answer(c.page, 'ambitionstrappan', { 'ses-alls': 'ja' });
  await answer(c.page, 'hindrens-isberg', { sekretess: '0' });
  await introduce(c.page, 'Cecilia Lund', 'Kommunen');
  cecilia = await sendByShareSheet(c.page);
  for (const p of [anna, b, c]) expect(p.errors).toEqual([]);
});

it('the facilitator pastes the chat: one member per person, the newest answers, a summary without names', async () => {
  const context = await newContext(chromium.browser);
  opened.push(context);
  const { page, errors } = await watchedPage(context, baseURL);
  await page.goto(at('workshop/gruppvy/'));
  await hydrated(page);
  await page.getByLabel('Gruppens namn').fill('Styrgruppen');
  await page.getByRole('button', { name: 'Skapa gruppen' }).click();

  const safe = `https://eur02.safelinks.protection.outlook.com/?url=${encodeURIComponent(cecilia)}&data=05%7C02%7C%7Cabc&sdata=x%3D&reserved=0`;
  const wrapped = `${bo.slice(0, 70)}\n      ${bo.slice(70)}`;
  const chat = [
    'Anna Berg 10:32',
    `Här är mina svar: ${annaNew}`,
    'Bo 10:33',
    'Hej! Länken:',
    wrapped,
    'Cecilia Lund 10:35',
    `<${safe}>`,
    'Cecilia Lund 10:36',
    `Skickar igen för säkerhets skull: "${cecilia}".`,
    'Anna Berg 10:40',
    `Oj, den gamla kom visst också med: ${annaOld} /Anna`,
  ].join('\n');
  await page.locator('#grupp-koder').fill(chat);
  await page.getByRole('button', { name: 'Lägg till i gruppen' }).click();
  const report = page.locator('.group-add__report');
  await expect.poll(() => report.textContent()).toContain('Läst: 3 personer, 2 verktyg.');
  const text = (await report.textContent())!;
  expect(text).toContain('redan inläst');
  expect(text).toMatch(/äldre kod \(5 dec\. 2026 kl\. \d\d:00\) – de nyare svaren behölls/);
  expect(text).not.toContain('Inte läst');
  await expect.poll(() => page.locator('.group-members li').count()).toBe(3);

  // The newest answers are kept: Anna's changed answer, not the one in her older link.
  const members = await page.evaluate(
    () =>
      JSON.parse(localStorage.getItem('samverkan:grupper')!).groups[0].rounds[0].members as {
        answers: Record<string, Record<string, string>>;
      }[],
  );
  expect(members.map((m) => Object.keys(m.answers).sort())).toEqual([
    ['ambitionstrappan', 'hindrens-isberg'],
    ['ambitionstrappan', 'hindrens-isberg'],
    ['ambitionstrappan', 'hindrens-isberg'],
  ]);
  expect(members[0]!.answers.ambitionstrappan).toEqual({ 'ses-alls': 'ja', 'kanner-varandra': 'delvis' });

  // No name anywhere on the page – the pasted text is gone from the box, the report says "Person N".
  const onScreen = await page.evaluate(() => document.body.innerText + (document.querySelector('textarea')?.value ?? ''));
  for (const name of ['Anna', 'Cecilia', 'Anna Berg', 'Cecilia Lund']) expect(onScreen).not.toContain(name);
  expect(text).toContain('Person 1: ny i gruppen');
  // With names shown, the report names them.
  await page.getByLabel('Visa namn').check();
  await expect.poll(() => report.textContent()).toContain('Anna Berg: ny i gruppen');
  expect(errors).toEqual([]);
});

it('an older link opened on the participant’s own tool asks, shows both times and keeps the newer answers', async () => {
  const { page } = anna;
  const before = await page.evaluate(() => localStorage.getItem('samverkan:ambitionstrappan'));
  await page.goto(annaOld);
  const panel = page.locator('.incoming');
  await panel.waitFor();
  // At the top, focused, with both times.
  await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('incoming'))).toBe(true);
  const said = (await panel.textContent())!;
  expect(said).toMatch(
    /Ledningsgruppens ambitionstrappa: dina svar här är nyare \(5 dec\. 2026 kl\. \d\d:30\) än länkens \(5 dec\. 2026 kl\. \d\d:00\)/,
  );
  // Nothing newer to read, so no "Läs in svaren" – only an explicit choice could replace them.
  expect(await panel.getByRole('button', { name: 'Läs in svaren' }).count()).toBe(0);
  expect(await panel.getByRole('button', { name: 'Ersätt även mina nyare svar' }).count()).toBe(1);
  await panel.getByRole('button', { name: 'Nej tack' }).click();
  await expect.poll(() => panel.count()).toBe(0);
  expect(await page.evaluate(() => localStorage.getItem('samverkan:ambitionstrappan'))).toBe(before);
  expect(page.url()).not.toContain('#kod=');
  expect(anna.errors).toEqual([]);
});
