// Issue 17 – nothing lost, ever – in Chromium: a full storage while answering, pasting and
// importing (a message, no page error, and after freeing space everything is stored); two tabs
// of a tool and of the group view changing things at once (every change stored, both tabs show
// it); every page without a service worker; five kept-aside copies; crafted files refused.
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { answerSpace } from '../../src/lib/answers';
import { encodeAnswerCode, type CodeModel } from '../../src/lib/codes/answer-code';
import { newContext, useBrowser, watchedPage } from '../support/browser';
import { CODE_ITEMS } from '../support/models';
import { builtPages, DIST } from '../support/site-files';
import { hydrated } from '../support/tool-page';

const baseURL = inject('baseURL');
const at = (path: string) => new URL(path, baseURL).href;
const chromium = useBrowser();

const cl = CODE_ITEMS.checklistor;
const clModel: CodeModel = { version: cl.version, space: answerSpace(cl.items.map(([id, options]) => ({ id, options }))) };
const code = (name: string, answer = 'ja') =>
  encodeAnswerCode({ tool: 'checklistor', version: cl.version, answers: { 'balans-problem': answer }, name }, clModel);

/** Fills localStorage to its quota, as in the hostile-input review (F1). */
const fill = (page: Page) =>
  page.evaluate(() => {
    let size = 1 << 20;
    let i = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`fyll:${i}`, 'x'.repeat(size));
        i++;
      } catch {
        size >>= 1;
      }
    }
  });
const free = (page: Page) =>
  page.evaluate(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('fyll:')) localStorage.removeItem(k);
  });
const stored = (page: Page, key: string) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null') as unknown, key);
const members = async (page: Page) =>
  ((await stored(page, 'samverkan:grupper')) as { groups: { rounds: { members: { name?: string }[] }[] }[] }).groups[0]!.rounds.at(-1)!
    .members;

async function open(context: BrowserContext, path: string) {
  const watched = await watchedPage(context, baseURL);
  await watched.page.goto(at(path));
  await hydrated(watched.page);
  return watched;
}

async function createGroup(page: Page, name: string) {
  await page.getByLabel('Gruppens namn').fill(name);
  await page.getByRole('button', { name: 'Skapa gruppen' }).click();
  await page.locator('#grupp-namn').waitFor();
}

describe('a full storage', () => {
  it('answering: the answers stay on screen, a message says why, and a retry stores them all', async () => {
    const context = await newContext(chromium.browser);
    const { page, errors } = await open(context, 'verktyg/checklistor/');
    await page.check('input[name="checklistor-balans-problem"][value="ja"]');
    await fill(page);
    await page.check('input[name="checklistor-balans-mal"][value="nej"]');
    await page.check('input[name="checklistor-balans-resurser"][value="ja"]');
    const problem = page.locator('[data-save-problem]');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('Webbläsarens lagring är full');
    expect(await problem.textContent()).toContain('inte sparade');
    expect(await page.isChecked('input[name="checklistor-balans-mal"][value="nej"]')).toBe(true);
    await free(page);
    await page.getByRole('button', { name: 'Försök spara igen' }).click();
    await expect.poll(() => problem.count()).toBe(0);
    await page.reload();
    await hydrated(page);
    expect(((await stored(page, 'samverkan:checklistor')) as { answers: unknown }).answers).toEqual({
      'balans-problem': 'ja',
      'balans-mal': 'nej',
      'balans-resurser': 'ja',
    });
    expect(await page.isChecked('input[name="checklistor-balans-resurser"][value="ja"]')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('pasting and reading files into a group: nothing is added, a message says why, and a retry adds everything', async () => {
    const context = await newContext(chromium.browser);
    const { page, errors } = await open(context, 'workshop/gruppvy/');
    await createGroup(page, 'Fullt');
    await fill(page);
    const box = page.locator('#grupp-koder');
    const pasted = [code('Anna'), code('Bo'), code('Cleo')].join('\n');
    await box.fill(pasted);
    await page.getByRole('button', { name: 'Lägg till i gruppen' }).click();
    const report = page.locator('.group-add .notice[role=alert]');
    await expect.poll(() => report.textContent()).toContain('Webbläsarens lagring är full');
    // Nothing was added, and the lines wait in the box for another try.
    expect(await box.inputValue()).toBe(pasted);
    expect(await page.locator('.group-members li').count()).toBe(0);
    await page.setInputFiles('.group-add input[type=file]', {
      name: 'person.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'samverkanshandboken', version: 1, tools: { checklistor: { 'balans-mal': 'ja' } } })),
    });
    await expect.poll(() => page.locator('.group-add__report').last().textContent()).toContain('lades ingenting till från filen');
    await free(page);
    await page.getByRole('button', { name: 'Lägg till i gruppen' }).click();
    await expect.poll(() => page.locator('.group-members li').count()).toBe(3);
    expect((await members(page)).map((m) => m.name)).toEqual(['Anna', 'Bo', 'Cleo']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('importing into Min självskattning: all tools or none, with a message', async () => {
    const context = await newContext(chromium.browser);
    const { page, errors } = await open(context, 'verktyg/min-sjalvskattning/');
    const file = {
      name: 'svar.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'samverkanshandboken',
          version: 1,
          tools: { checklistor: { 'balans-problem': 'ja' }, ambitionstrappan: { 'ses-alls': 'ja' }, framgang: { 'matt-mjuka': 'ja' } },
        }),
      ),
    };
    await fill(page);
    await page.setInputFiles('#import-file', file);
    const alert = page.getByRole('alert').filter({ hasText: 'lästes ingenting in' });
    await expect.poll(() => alert.textContent()).toContain('lagring är full');
    for (const tool of ['checklistor', 'ambitionstrappan', 'framgang']) expect(await stored(page, `samverkan:${tool}`)).toBeNull();
    await free(page);
    await page.setInputFiles('#import-file', file);
    await expect.poll(() => page.locator('.my-assessment .tool__saved[role=status]').textContent()).toContain('3 verktyg');
    expect(((await stored(page, 'samverkan:framgang')) as { answers: unknown }).answers).toEqual({ 'matt-mjuka': 'ja' });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('two tabs', () => {
  it('of a tool, changing different answers at the same moment, keep every change and both show it', async () => {
    const context = await newContext(chromium.browser);
    const a = await open(context, 'verktyg/checklistor/');
    const b = await open(context, 'verktyg/checklistor/');
    const names = [...new Set(await a.page.$$eval('main input[type=radio]', (els) => els.map((e) => (e as HTMLInputElement).name)))];
    expect(names.length).toBeGreaterThanOrEqual(10);
    const mine = (odd: number) => names.filter((_, i) => i % 2 === odd);
    // Each tab clicks its own questions in a tight loop, both at once.
    const click = (page: Page, list: string[]) =>
      page.evaluate(async (ns) => {
        for (const n of ns) {
          document.querySelector<HTMLInputElement>(`input[name="${n}"][value="ja"]`)!.click();
          await new Promise((r) => setTimeout(r, 2));
        }
      }, list);
    await Promise.all([click(a.page, mine(0)), click(b.page, mine(1))]);
    const expected = Object.fromEntries(names.map((n) => [n.slice('checklistor-'.length), 'ja']));
    await expect.poll(async () => ((await stored(a.page, 'samverkan:checklistor')) as { answers: unknown }).answers).toEqual(expected);
    for (const { page } of [a, b]) await expect.poll(() => page.locator('main input[type=radio]:checked').count()).toBe(names.length);
    expect([...a.errors, ...b.errors]).toEqual([]);
    await context.close();
  });

  it('of the group view, pasting at the same moment, keep every person and both show them', async () => {
    const context = await newContext(chromium.browser);
    const a = await open(context, 'workshop/gruppvy/');
    await createGroup(a.page, 'Två flikar');
    const b = await open(context, 'workshop/gruppvy/');
    await b.page.locator('#grupp-namn').waitFor();
    const paste = async (page: Page, who: string[]) => {
      for (const name of who) {
        await page.locator('#grupp-koder').fill(code(name));
        const add = page.locator('.group-add').getByRole('button', { name: 'Lägg till i gruppen', exact: true });
        await add.click();
        // The box empties once the code is read; the next one waits for that.
        await expect.poll(() => page.locator('#grupp-koder').inputValue()).toBe('');
      }
    };
    const left = ['A1', 'A2', 'A3', 'A4', 'A5'];
    const right = ['B1', 'B2', 'B3', 'B4', 'B5'];
    await Promise.all([paste(a.page, left), paste(b.page, right)]);
    await expect.poll(async () => (await members(a.page)).map((m) => m.name).sort()).toEqual([...left, ...right]);
    for (const { page } of [a, b]) await expect.poll(() => page.locator('.group-members li').count()).toBe(10);
    // A deletion in one tab against a paste in the other ends the same in both: the group is gone.
    await b.page.locator('#grupp-koder').fill(code('B6'));
    a.page.once('dialog', (d) => void d.accept());
    await Promise.all([
      a.page.getByRole('button', { name: 'Ta bort gruppen' }).click(),
      // The paste may come just before the deletion, or find the group gone (then its form is gone too).
      b.page
        .getByRole('button', { name: 'Lägg till i gruppen' })
        .click({ timeout: 2000 })
        .catch(() => undefined),
    ]);
    for (const { page } of [a, b]) await expect.poll(() => page.locator('#grupp-namn').count()).toBe(0);
    expect(((await stored(a.page, 'samverkan:grupper')) as { groups: unknown[] }).groups).toEqual([]);
    expect([...a.errors, ...b.errors]).toEqual([]);
    await context.close();
  });
});

describe('kept-aside copies', () => {
  it('keep the last five unreadable texts, each with its date, and offer them for download', async () => {
    const context = await newContext(chromium.browser);
    const { page, errors } = await open(context, 'verktyg/framgang/');
    for (let i = 1; i <= 6; i++) {
      await page.evaluate((n) => localStorage.setItem('samverkan:framgang', `{trasig ${n}`), i);
      await page.reload();
      await hydrated(page);
      await page.getByRole('alert').first().waitFor();
    }
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('samverkan:framgang:oläsbar'))
        .map((k) => localStorage.getItem(k))
        .sort(),
    );
    expect(kept).toEqual(['{trasig 2', '{trasig 3', '{trasig 4', '{trasig 5', '{trasig 6']);
    const copies = page.locator('[data-kept-copies]');
    await copies.locator('summary').click();
    expect(await copies.locator('li').count()).toBe(5);
    expect(await copies.locator('li').first().textContent()).toMatch(/Kopia från \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    const download = page.waitForEvent('download');
    await copies.getByRole('button', { name: 'Ladda ner' }).first().click();
    expect((await download).suggestedFilename()).toMatch(/^framgang-oläsbar-/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('crafted files (hostile-input review F2, F5, F6)', () => {
  const file = (data: unknown) => ({ name: 'fil.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });

  it('the group view refuses inherited names as tools and keeps its groups; repeated ids stay apart', async () => {
    const context = await newContext(chromium.browser);
    const { page, errors } = await open(context, 'workshop/gruppvy/');
    await createGroup(page, 'Första');
    const input = page.locator('.group-add input[type=file]');
    for (const name of ['hasOwnProperty', 'toString', 'constructor', '__proto__', 'valueOf']) {
      await input.setInputFiles(file(JSON.parse(`{"format":"samverkanshandboken","version":1,"tools":{"${name}":{"a":"b"}}}`)));
      await expect.poll(() => page.locator('.group-add__report').last().textContent()).toContain('okänt verktyg');
    }
    expect(await page.locator('.group-members li').count()).toBe(0);
    const m = (id: string, name: string) => ({ id, name, answers: { checklistor: { 'balans-problem': 'ja' } } });
    await input.setInputFiles(
      file({
        format: 'samverkanshandboken-grupp',
        version: 1,
        group: {
          id: 'g',
          name: 'Dubbel',
          date: '2026-11-25',
          rounds: [{ id: 'r', date: '2026-11-25', members: [m('m', 'Anna'), m('m', 'Bo')] }],
        },
      }),
    );
    await page.locator('#grupp-namn', { hasText: 'Dubbel' }).waitFor();
    await page.getByLabel('Visa namn').check();
    page.once('dialog', (d) => void d.accept());
    await page.locator('.group-members li', { hasText: 'Anna' }).getByRole('button').click();
    await expect.poll(() => page.locator('.group-members li').allTextContents()).toEqual([expect.stringContaining('Bo')]);
    await page.reload();
    await hydrated(page);
    expect(await page.locator('.group-picker select option').count()).toBe(2);
    expect(await page.locator('body').textContent()).not.toContain('[native code]');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Min självskattning refuses them with a message, and shows and exports unreadable answers honestly', async () => {
    const context = await newContext(chromium.browser);
    const { page, errors } = await open(context, 'verktyg/min-sjalvskattning/');
    await page.setInputFiles('#import-file', file({ format: 'samverkanshandboken', version: 1, tools: { toString: { a: 'b' } } }));
    await expect.poll(() => page.getByRole('alert').last().textContent()).toContain('okänt verktyg');
    await page.evaluate(() => localStorage.setItem('samverkan:framgang', '{trasig'));
    await page.reload();
    await hydrated(page);
    expect(await page.locator('[data-unreadable]').count()).toBe(1);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ladda ner svaren (JSON)' }).click();
    const saved = join(tmpdir(), `nothing-lost-${process.pid}.json`);
    await (await download).saveAs(saved);
    const exported = JSON.parse(readFileSync(saved, 'utf8')) as { tools: object; unreadable: object };
    rmSync(saved);
    expect(exported.unreadable).toEqual({ framgang: '{trasig' });
    expect(exported.tools).toEqual({});
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('without a service worker', () => {
  it('every page loads with no error when the browser refuses workers', async () => {
    // Playwright's own block (register() yields nothing) – not the pending register of newContext().
    const context = await chromium.browser.newContext({ locale: 'sv-SE', serviceWorkers: 'block' });
    const { page, errors } = await watchedPage(context, baseURL);
    for (const path of builtPages()) {
      await page.goto(at(path.slice(1)));
      await page.waitForLoadState('load');
      // The registration settles a moment after load.
      await page.evaluate(() => new Promise((r) => setTimeout(r, 20)));
      expect(errors, path).toEqual([]);
    }
    await context.close();
  });

  it('where workers do not exist, the pages work and the offline promise says this browser cannot keep the handbook', async () => {
    const context = await chromium.browser.newContext({ locale: 'sv-SE', serviceWorkers: 'block' });
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'serviceWorker', { get: () => undefined, configurable: true });
      delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
    });
    const { page, errors } = await open(context, 'om/');
    await expect.poll(() => page.locator('[data-offline-unavailable]').isVisible()).toBe(true);
    expect(await page.locator('[data-offline-unavailable]').textContent()).toContain('kan inte spara handboken');
    await page.goto(at('verktyg/checklistor/'));
    await hydrated(page);
    await page.check('input[name="checklistor-balans-problem"][value="ja"]');
    await expect.poll(() => stored(page, 'samverkan:checklistor')).toMatchObject({ answers: { 'balans-problem': 'ja' } });
    expect(errors).toEqual([]);
    await context.close();
  });
});

it('no built page names localhost as its canonical address (built without SITE_URL: no canonical link)', () => {
  for (const path of builtPages()) {
    const html = readFileSync(`${DIST}${path}index.html`, 'utf8');
    expect(html, path).not.toContain('rel="canonical"');
  }
});
