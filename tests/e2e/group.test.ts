// The group view as a workshop meets it: three people answer in their own browsers and send codes;
// the facilitator pastes two and opens the third as a link (adding it from the tool page), sees the spread and the weakest link,
// presents, prints the handout – also offline – and bad or hostile input harms nothing.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { newContext, useBrowser, watchedPage } from '../support/browser';
import { hydrated } from '../support/tool-page';
import { codeAfter, sharedCode } from '../support/share';

const baseURL = inject('baseURL');
const at = (path: string) => new URL(path, baseURL).href;
const chromium = useBrowser();

const HOSTILE = '<img src=x onerror="window.__pwned=1">';
const BALANS = ['balans-problem', 'balans-mal', 'balans-resurser', 'balans-aktiviteter'];
const NIO = [
  'nio-problem',
  'nio-mal',
  'nio-resurser',
  'nio-varderingar',
  'nio-organisation',
  'nio-ledning',
  'nio-implementering',
  'nio-uppfoljning',
  'nio-strategi',
];
const all = (ids: string[], answer: string) => Object.fromEntries(ids.map((id) => [id, answer]));

/** The three members: what they have answered before, what they click, and who they say they are. */
const MEMBERS = [
  { name: 'Anna', org: 'Kommunen', stored: { ...all(BALANS, 'ja'), ...all(NIO, 'nej') }, click: 'ja' },
  { name: HOSTILE, org: 'Arbetsförmedlingen', stored: { ...all(BALANS, 'ja'), 'balans-mal': 'nej', ...all(NIO, 'delvis') }, click: 'nej' },
  { name: '', org: '', stored: { ...all(BALANS, 'ja'), ...all(NIO, 'nej') }, click: 'delvis' },
];

/** One member answers the checklists in their own browser and returns their code. */
async function answerAndShare(m: (typeof MEMBERS)[number]): Promise<string> {
  const context = await newContext(chromium.browser);
  const { page, errors } = await watchedPage(context, baseURL);
  await page.goto(at('verktyg/checklistor/'));
  await page.evaluate((answers) => localStorage.setItem('samverkan:checklistor', JSON.stringify({ v: 1, answers })), m.stored);
  await page.reload();
  await hydrated(page);
  const shown = () => sharedCode(page);
  // The share box is an island of its own and redraws a moment after each change: wait until the
  // code has changed after the last one (each step below changes it), so it carries them all.
  let before = await shown();
  const step = async (change: () => Promise<void>) => {
    before = await shown();
    await change();
  };
  await step(() => page.check(`input[name="checklistor-balans-problem"][value="${m.click}"]`));
  if (m.name) await step(() => page.getByLabel('Namn (frivilligt)').fill(m.name));
  if (m.org) await step(() => page.getByLabel('Organisation eller roll (frivilligt)').fill(m.org));
  // (This runs in beforeAll, where expect.poll is not allowed: the page waits instead.)
  const code = await codeAfter(page, before);
  expect(code).toMatch(/^SVH2\./);
  expect(errors).toEqual([]);
  await context.close();
  return code;
}

let codes: string[] = [];
let facilitator: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  codes = [];
  for (const m of MEMBERS) codes.push(await answerAndShare(m));
  // The facilitator's browser keeps its service worker: the last tests take the group view offline.
  facilitator = await newContext(chromium.browser, { serviceWorkers: 'allow' });
  ({ page, errors } = await watchedPage(facilitator, baseURL));
});
afterAll(async () => {
  expect(errors).toEqual([]);
  await facilitator?.close();
});

it('the facilitator creates a group, pastes two codes and opens the third as a link', async () => {
  await page.goto(at('workshop/gruppvy/'));
  await hydrated(page);
  await page.getByLabel('Gruppens namn').fill('Ledningsgruppen i Exempelby');
  await page.getByRole('button', { name: 'Skapa gruppen' }).click();
  await page.locator('#grupp-koder').fill(`${codes[0]}\n${codes[1]}\nSVH1.cl.1.trasig`);
  await page.getByRole('button', { name: 'Lägg till i gruppen' }).click();
  const report = page.locator('.group-add__report');
  await expect.poll(() => report.textContent()).toContain('Läst: 2 personer, 1 verktyg.');
  expect(await report.textContent()).toContain('Person 1: ny i gruppen (Checklistor före start).');
  expect(await report.textContent()).toContain('rad 3: En kod är ofullständig eller ändrad.');
  // Names stay off the screen while "Visa namn" is off.
  expect(await report.textContent()).not.toContain('Anna');
  // The box empties (a pasted chat holds names); the report points at the line that failed.
  expect(await page.locator('#grupp-koder').inputValue()).toBe('');

  // The third member's link opens the tool: on the facilitator's device (groups exist here) the
  // question is at the top and adding to the group comes first.
  await page.goto(`${at('verktyg/checklistor/')}#kod=${codes[2]}`);
  const panel = page.locator('.incoming');
  await panel.waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('incoming'))).toBe(true);
  await page.getByRole('button', { name: 'Lägg till i gruppen' }).click();
  await expect.poll(() => panel.textContent()).toContain('Läst: 1 person, 1 verktyg.');
  expect(page.url()).not.toContain('#kod=');
  await page.getByRole('link', { name: 'Visa gruppen' }).click();
  await hydrated(page);
  await expect.poll(() => page.locator('.group-members li').count()).toBe(3);
  // The facilitator's own answers in the tool were never touched.
  expect(await page.evaluate(() => localStorage.getItem('samverkan:checklistor'))).toBeNull();
});

it('shows the spread per question and the weakest link, anonymous by default', async () => {
  const tool = page.locator('[data-tool="checklistor"]');
  // A tool's section is drawn when the reader comes near it.
  await tool.scrollIntoViewIfNeeded();
  expect(await tool.locator('.group-tool__count').textContent()).toBe('3 av 3 har svarat.');
  const ranked = await tool.locator('.group-tool__ranked').textContent();
  expect(ranked).toContain('3 svar från nej till ja, median delvis');
  expect(ranked).toContain('Oenigheten går mellan organisationerna.');
  expect(await tool.locator('.group-tool__orgs').textContent()).toContain('går oenigheten mest mellan organisationerna');
  expect(await tool.locator('.group-weakest').textContent()).toContain('Gruppens svagaste länk: Nio frågor innan ni börjar (0');
  expect(await page.locator('.group-members').textContent()).not.toContain('Anna');
  expect(await page.locator('.group-members').textContent()).toContain('Person 2');
  // Across the tools, the group's findings on the one severity scale, with how many share each.
  const findings = page.locator('.group-overview .findings > li');
  expect(await findings.first().getAttribute('data-rule')).toBe('checklistor/svagt-omrade');
  expect(await findings.first().textContent()).toMatch(
    /^Allvarligt Checklistor före start: Svagaste området: Nio frågor innan ni börjar .*\(2 av 3 personer\)/,
  );
});

it('is accessible with results on screen and in presentation mode, light and dark', async () => {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
  const violations = async () =>
    (await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  // Every question's spread is drawn when its fold opens (not while closed: it is most of the view).
  await page.locator('[data-tool="checklistor"]').scrollIntoViewIfNeeded();
  const all = page.locator('.group-tool__all').first();
  expect(await all.locator('.spread').count()).toBe(0);
  await all.locator('summary').click();
  const n = Number(/\d+/.exec((await all.locator('summary').textContent())!)![0]);
  await expect.poll(() => all.locator('.spread').count()).toBe(n);
  expect(await violations()).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await violations()).toEqual([]);
  await page.getByRole('button', { name: 'Presentationsläge' }).click();
  expect(await violations()).toEqual([]);
  await page.keyboard.press('Escape');
  await page.emulateMedia({ colorScheme: 'light' });
});

it('shows names only when asked, and a hostile name as text', async () => {
  await page.getByLabel('Visa namn').check();
  await expect.poll(() => page.locator('.group-members').textContent()).toContain(HOSTILE);
  expect(await page.locator('.group-view img').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await page.getByLabel('Visa namn').uncheck();
});

it('steps through the presentation by keyboard and closes with Escape', async () => {
  await page.getByRole('button', { name: 'Presentationsläge' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  // First how to join, then only the count until the results are revealed (workshop-room.test.ts has the rest).
  expect(await dialog.locator('h2').textContent()).toBe('Svara på din telefon');
  // The dialog takes focus and starts listening for keys just after it is drawn: wait for that.
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[role=dialog]') !== null)).toBe(true);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => dialog.locator('h2').textContent()).toBe('Svaren kommer in');
  expect(await dialog.textContent()).toContain('Bild 2 av 2');
  expect(await dialog.locator('.reveal__count').textContent()).toBe('3 av 3 har svarat');
  // Revealed, the same place in the deck shows the first result.
  await dialog.getByRole('button', { name: 'Visa resultaten' }).click();
  await expect.poll(() => dialog.locator('h2').textContent()).toBe('Fynd 1 av 2');
  expect(await page.evaluate(() => document.activeElement?.closest('[role=dialog]') !== null)).toBe(true);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => dialog.locator('h2').textContent()).toBe('Fynd 2 av 2');
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.count()).toBe(0);
});

it('prints a handout with the disagreements, the questions and the agreed next steps', async () => {
  await page.getByLabel('Anteckningar').fill('Kim bokar möte med uppdragsgivarna före 15 januari.');
  await page.getByLabel('Anteckningar').blur();
  await page.reload();
  await hydrated(page);
  expect(await page.getByLabel('Anteckningar').inputValue()).toContain('Kim bokar möte');
  // Only paper shows the handout, so it is drawn when printing starts (beforeprint), not before.
  expect(await page.locator('.handout').count()).toBe(0);
  await page.pdf({ format: 'A4' });
  expect(await page.locator('.handout').count()).toBe(1);
  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator('main').innerText();
  expect(printed).toContain('Störst oenighet');
  expect(printed).toContain('Fynd för gruppen');
  expect(printed).toContain('Kim bokar möte med uppdragsgivarna före 15 januari.');
  expect(printed).not.toContain('Klistra in svar');
  expect(await page.getByRole('button', { name: 'Skriv ut handout' }).isVisible()).toBe(false);
  await page.emulateMedia({ media: 'screen' });
});

it('exports the round as CSV and the group as a file that imports as a new group', async () => {
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner CSV' }).click()]);
  const csvText = await streamText(await csv.createReadStream());
  expect(csvText.split('\r\n')[0]).toContain('"Grupp";"Omgång";"Person"');
  expect(csvText).toContain('"Person 1";"Kommunen";"Checklistor före start"');
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ladda ner gruppfil (JSON)' }).click(),
  ]);
  // The browser may run in another process (the shared Chromium): save a local copy to read in.
  const path = join(tmpdir(), `svh-grupp-${Date.now()}.json`);
  await json.saveAs(path);
  await page.locator('.group-add input[type=file]').setInputFiles(path);
  await expect.poll(() => page.locator('.group-add__report').last().textContent()).toContain('lästes in som en ny grupp');
  expect(await page.locator('.group-picker select option').count()).toBe(2);
});

it('a new round, answered in turn on this device, is compared with the one before', async () => {
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Ny omgång' }).click();
  await expect.poll(() => page.locator('.group-head p').first().textContent()).toContain('Omgång 2');
  await page.getByText('Svara i tur och ordning på den här enheten').click();
  await page.getByRole('button', { name: 'Ingen annan ser skärmen – börja' }).click();
  await page.getByLabel('Verktyg', { exact: true }).selectOption({ label: 'Checklistor före start' });
  for (let person = 0; person < 3; person++) {
    await page.check('input[name="tur-balans-problem"][value="ja"]');
    await page.getByRole('button', { name: /Spara och lämna över/ }).click();
    await expect.poll(() => page.locator('.group-members li').count()).toBe(person + 1);
    // The form is empty again for the next person.
    expect(await page.isChecked('input[name="tur-balans-problem"][value="ja"]')).toBe(false);
  }
  const compare = page.locator('.group-compare');
  await expect.poll(() => compare.textContent()).toContain('Jämfört med omgång 1');
  expect(await compare.textContent()).toMatch(/Bättre: .* från delvis till ja/);
  await page.getByRole('button', { name: 'Ny omgång' }).waitFor();
});

it('works offline once visited', async () => {
  await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
  await facilitator.setOffline(true);
  await page.reload();
  await hydrated(page);
  expect(await page.locator('.group-members li').count()).toBe(3);
  expect(await page.locator('.group-head p').first().textContent()).toContain('Omgång 2');
  // Adding a code needs no network either.
  await page.locator('#grupp-koder').fill(codes[0]!);
  await page.getByRole('button', { name: 'Lägg till i gruppen' }).click();
  await expect.poll(() => page.locator('.group-members li').count()).toBe(4);
  await facilitator.setOffline(false);
});

it('corrupt stored groups give a notice, are kept aside, and the tools’ answers stay', async () => {
  const context = await newContext(chromium.browser);
  const { page: p, errors: e } = await watchedPage(context, baseURL);
  await p.goto(at('workshop/gruppvy/'));
  const tool = JSON.stringify({ v: 1, answers: { 'ses-alls': 'ja' }, savedAt: '2026-11-25T10:00:00.000Z' });
  await p.evaluate((t) => {
    localStorage.setItem('samverkan:grupper', '{"v":1,"groups":[{"id":"g","name":"<b>x</b>"');
    localStorage.setItem('samverkan:ambitionstrappan', t);
  }, tool);
  await p.reload();
  await hydrated(p);
  const alert = p.getByRole('alert').first();
  await alert.waitFor();
  expect(await alert.textContent()).toContain('De sparade grupperna kunde inte användas');
  const kept = await p.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('samverkan:grupper:oläsbar:')));
  expect(kept).toHaveLength(1);
  expect(await p.evaluate((k) => localStorage.getItem(k), kept[0]!)).toContain('"name":"<b>x</b>"');
  expect(await p.evaluate(() => localStorage.getItem('samverkan:ambitionstrappan'))).toBe(tool);
  expect(await p.locator('.group-view b').count()).toBe(0);
  expect(e).toEqual([]);
  await context.close();
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
