// "Min självskattning": findings of every tool ranked on one severity scale; export to JSON and
// CSV, import of the JSON back; a bad file changes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { bankItemsByTool } from '../../src/tools/samverkanskollen/bank';
import { newContext, useBrowser, watchedPage } from '../support/browser';
import { hydrated } from '../support/tool-page';

const baseURL = inject('baseURL');
const page_ = 'verktyg/min-sjalvskattning/';
const chromium = useBrowser();

const LADDER = {
  v: 1,
  answers: { 'ses-alls': 'ja', 'kanner-varandra': 'ja', regelbundet: 'nej', mal: 'strategisk' },
  savedAt: '2026-11-25T10:00:00.000Z',
};

it('shows the saved results, exports them, and reads the export back after a reset', async () => {
  const context = await newContext(chromium.browser, { acceptDownloads: true });
  const { page, errors } = await watchedPage(context, baseURL);
  await page.goto(new URL(page_, baseURL).href);
  await page.evaluate((l) => localStorage.setItem('samverkan:ambitionstrappan', JSON.stringify(l)), LADDER);
  await page.reload();
  const headline = page.locator('#svagaste-lanken ~ .tool__headline');
  await expect
    .poll(() => headline.textContent())
    .toBe('Ledningsgruppens ambitionstrappa: Ni siktar på att leda samverkan men står i dag på nivå 1.');
  expect(await page.locator('.my-assessment__list li').first().textContent()).toContain('3 av 18 frågor besvarade');
  // Saving and moving is an island of its own, woken when the reader comes near it.
  await hydrated(page);

  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ladda ner svaren (JSON)' }).click(),
  ]);
  const jsonPath = join(tmpdir(), `svh-export-${Date.now()}.json`);
  await jsonDownload.saveAs(jsonPath);
  const exported = JSON.parse(readFileSync(jsonPath, 'utf8'));
  expect(exported.tools.ambitionstrappan).toEqual(LADDER.answers);

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ladda ner som tabell (CSV)' }).click(),
  ]);
  const csvPath = join(tmpdir(), `svh-export-${Date.now()}.csv`);
  await csvDownload.saveAs(csvPath);
  expect(readFileSync(csvPath, 'utf8')).toContain('"Ledningsgruppens ambitionstrappa";"Nivå 1: Kaffe och mazarin-grupp"');

  await page.evaluate(() => localStorage.removeItem('samverkan:ambitionstrappan'));
  await page.reload();
  await expect.poll(() => headline.textContent()).toMatch(/inte svarat i något verktyg/);
  await hydrated(page);
  await page.setInputFiles('#import-file', jsonPath);
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'inlästa' }).count()).toBe(1);
  await expect.poll(() => headline.textContent()).toContain('står i dag på nivå 1');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('samverkan:ambitionstrappan')!).answers);
  expect(stored).toEqual(LADDER.answers);
  expect(errors).toEqual([]);
  await context.close();
});

it('puts a group below the first rung before its formal obstacles, whatever the percentages say', async () => {
  const context = await newContext(chromium.browser);
  const { page, errors } = await watchedPage(context, baseURL);
  await page.goto(new URL(page_, baseURL).href);
  const stored = (answers: Record<string, string>) => JSON.stringify({ v: 1, answers, savedAt: '2026-12-05T10:00:00.000Z' });
  await page.evaluate(
    ([ladder, iceberg]) => {
      localStorage.setItem('samverkan:ambitionstrappan', ladder!);
      localStorage.setItem('samverkan:hindrens-isberg', iceberg!);
    },
    [
      stored({ 'ses-alls': 'nej', 'kanner-varandra': 'delvis', mal: 'projektledning' }),
      stored({ 'lagar-och-regler': '3', sekretess: '3', radsla: '0', 'revir-makt-prestige': '0' }),
    ],
  );
  await page.reload();
  const findings = page.locator('#svagaste-lanken ~ ol.findings').first().locator('> li');
  await expect.poll(() => findings.count()).toBe(3);
  expect(await findings.evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')))).toEqual([
    'ambitionstrappan/under-niva-1',
    'hindrens-isberg/bara-formella-hinder',
    'ambitionstrappan/siktar-pa-att-leda',
  ]);
  expect(await findings.first().textContent()).toContain('Kritiskt');
  expect(await page.locator('#svagaste-lanken ~ .tool__headline').textContent()).toMatch(
    /^Ledningsgruppens ambitionstrappa: Ledningsgruppen står inte ens på första steget/,
  );
  expect(await page.locator('.my-assessment__list > li h3').first().textContent()).toBe('Ledningsgruppens ambitionstrappa');
  expect(errors).toEqual([]);
  await context.close();
});

it('a broken import file gives a Swedish error and changes nothing', async () => {
  const context = await newContext(chromium.browser);
  const { page, errors } = await watchedPage(context, baseURL);
  await page.goto(new URL(page_, baseURL).href);
  await page.evaluate((l) => localStorage.setItem('samverkan:ambitionstrappan', JSON.stringify(l)), LADDER);
  await page.reload();
  await hydrated(page);
  const before = await page.evaluate(() => ({ ...localStorage }));
  const bad = join(tmpdir(), `svh-bad-${Date.now()}.json`);
  writeFileSync(bad, '{"format":"samverkanshandboken","version":1,"tools":{"ambitionstrappan":{"<img src=x onerror=alert(1)>":"ja"}}}');
  await page.setInputFiles('#import-file', bad);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toMatch(/skadat eller ändrat\. Inga svar har ändrats\./);
  expect(await page.evaluate(() => ({ ...localStorage }))).toEqual(before);
  expect(await page.locator('img').count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});

it("says so in Swedish when the tools' models cannot be fetched, and keeps the answers", async () => {
  const context = await newContext(chromium.browser);
  const { page, errors } = await watchedPage(context, baseURL);
  // Each tool's model is a file of its own, fetched once there are answers: here none arrives.
  await page.route('**/modell.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto(new URL(page_, baseURL).href);
  await page.evaluate((l) => localStorage.setItem('samverkan:ambitionstrappan', JSON.stringify(l)), LADDER);
  await page.reload();
  const headline = page.locator('.my-assessment__report > .tool__headline');
  await expect.poll(() => headline.textContent()).toMatch(/^Resultaten gick inte att räkna fram.*dina svar är sparade\.$/);
  // The answers can still be saved and moved.
  expect(await page.getByRole('button', { name: 'Ladda ner svaren (JSON)' }).isVisible()).toBe(true);
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('samverkan:ambitionstrappan')!).answers)).toEqual(LADDER.answers);
  // The browser's own note on the missing file is the only console error; the page threw nothing.
  expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  await context.close();
});

it('shows the report whole, the check’s diagnosis first, without pushing the page about', async () => {
  const context = await newContext(chromium.browser);
  const { page, errors } = await watchedPage(context, baseURL);
  await page.goto(new URL(page_, baseURL).href);
  // Every question of the check answered "nej", each in the store of the tool it belongs to.
  const stored = Object.entries(bankItemsByTool()).map(([tool, items]) => [
    tool,
    { v: 1, answers: Object.fromEntries(items.map((i) => [i, 'nej'])) },
  ]);
  await page.evaluate((all) => all.forEach(([tool, s]) => localStorage.setItem(`samverkan:${tool as string}`, JSON.stringify(s))), stored);
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) w.shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.reload();
  await page.locator('.my-assessment__kollen [data-diagnosis]').waitFor();
  expect(await page.locator('.my-assessment__report').getAttribute('aria-busy')).toBe('false');
  expect(await page.locator('.my-assessment__list > li').count()).toBe(10);
  // A diagnosis arriving on top of a shown report moved it a screen down (0.15 on a phone).
  const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
  expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.05);
  expect(errors).toEqual([]);
  await context.close();
});

it('says above the report when the tools show a case’s example, and reports the reader’s own answers', async () => {
  const context = await newContext(chromium.browser);
  const { page, errors } = await watchedPage(context, baseURL);
  await page.goto(new URL('fallstudier/integration-genom-arbete/', baseURL).href);
  await page.evaluate((l) => localStorage.setItem('samverkan:ambitionstrappan', JSON.stringify(l)), LADDER);
  const show = page.getByRole('button', { name: 'Visa exemplet i verktygen' });
  await show.scrollIntoViewIfNeeded();
  await show.click();
  await expect.poll(() => page.locator('.load-example [role="status"]').textContent()).toContain('visas nu i verktygen');
  await page.goto(new URL(page_, baseURL).href);
  const banner = page.locator('.my-assessment .example-banner');
  // The report is shown whole, the note in it, and it is the reader's own ladder, not the example's.
  await expect.poll(() => page.locator('.my-assessment__report').getAttribute('aria-busy')).toBe('false');
  expect(await banner.isVisible()).toBe(true);
  expect(await banner.textContent()).toContain('Integration Genom Arbete');
  expect(await page.locator('#svagaste-lanken ~ .tool__headline').textContent()).toContain('står i dag på nivå 1');
  await page.getByRole('button', { name: 'Visa mina egna svar i verktygen igen' }).click();
  await expect.poll(() => banner.count()).toBe(0);
  expect(await page.evaluate(() => localStorage.getItem('samverkan:exempel'))).toBeNull();
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('samverkan:ambitionstrappan')!).answers)).toEqual(LADDER.answers);
  expect(errors).toEqual([]);
  await context.close();
});

it('prints the results without the buttons', async () => {
  const context = await newContext(chromium.browser);
  const page = await context.newPage();
  await page.goto(new URL(page_, baseURL).href);
  await page.evaluate((l) => localStorage.setItem('samverkan:ambitionstrappan', JSON.stringify(l)), LADDER);
  await page.reload();
  await page.locator('.my-assessment__list').waitFor();
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.my-assessment__list').isVisible()).toBe(true);
  expect(await page.getByRole('button', { name: 'Ladda ner svaren (JSON)' }).isVisible()).toBe(false);
  await context.close();
});
