// The workshop in the room, as a facilitator runs it with eight people from three organisations:
// a join slide with a QR code (and a one-page participant sheet), "8 av 8 har svarat" on the
// projector until the results are revealed, a presentation whose every slide fits 1920×1080 and
// 1366×768 and is reached by keyboard alone, actions agreed in round 1 that round 2 opens with,
// rounds compared as whole distributions, a CSV of every round, and a handout of at most two pages.
// Names never reach the page while "Visa namn" is off.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject, it } from 'vitest';
import { newContext, useBrowser, watchedPage } from '../support/browser';
import { GROUP_SPECS } from '../support/models';
import { hydrated } from '../support/tool-page';
import { WCAG_TAGS } from '../support/tools';

const baseURL = inject('baseURL');
const at = (path: string) => new URL(path, baseURL).href;
const chromium = useBrowser();

const TOOLS = ['ambitionstrappan', 'hindrens-isberg', 'checklistor'] as const;
const PEOPLE = [
  ['Anna Berg', 'Kommunen'],
  ['Bertil Ek', 'Kommunen'],
  ['Cecilia Lund', 'Kommunen'],
  ['Dragan Ilić', 'Region Skåne'],
  ['Eva Holm', 'Region Skåne'],
  ['Farah Said', 'Region Skåne'],
  ['Gunilla Sand', 'Arbetsförmedlingen'],
  ['Hassan Ali', 'Arbetsförmedlingen'],
] as const;
const NAMES = PEOPLE.map(([name]) => name);

/** Varied but repeatable answers: person p, item i, shifted by round so that the rounds differ. */
function answersOf(p: number, shift: number): Record<string, Record<string, string>> {
  return Object.fromEntries(
    TOOLS.map((tool) => {
      const items = GROUP_SPECS[tool].items;
      return [
        tool,
        Object.fromEntries(
          items.map((item, i) => {
            const valued = item.options.filter((o) => o.value !== null);
            const pick = p < 3 ? (p + i + shift) % valued.length : (p * 7 + i * 3 + shift) % valued.length;
            return [item.id, valued[pick]!.id];
          }),
        ),
      ];
    }),
  );
}
const members = (shift: number, prefix: string) =>
  PEOPLE.map(([name, org], p) => ({ id: `${prefix}-${p}`, name, org, answers: answersOf(p, shift) }));

const GROUP = {
  v: 1,
  active: 'g-room',
  groups: [
    {
      id: 'g-room',
      name: 'Ledningsgruppen i Exempelby',
      date: '2026-01-15',
      rounds: [{ id: 'r-1', date: '2026-01-15', nextSteps: 'Rad ett\nRad två', members: members(0, 'm1') }],
    },
  ],
};

let facilitator: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  facilitator = await newContext(chromium.browser);
  ({ page, errors } = await watchedPage(facilitator, baseURL));
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(at('workshop/gruppvy/'));
  await page.evaluate((g) => localStorage.setItem('samverkan:grupper', JSON.stringify(g)), GROUP);
  await page.reload();
  await hydrated(page);
});
// A test that fails inside the presentation leaves it open; close it so the next test starts clean.
afterEach(async () => {
  if (await page.getByRole('dialog').count()) await page.keyboard.press('Escape');
});
afterAll(async () => {
  expect(errors).toEqual([]);
  await facilitator?.close();
});

const dialog = () => page.getByRole('dialog');
const title = () => dialog().locator('h2').textContent();
const axe = async () =>
  (await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
const namesInPage = () => page.evaluate((names) => names.filter((n) => document.documentElement.outerHTML.includes(n)), NAMES);

async function openPresentation() {
  await page.getByRole('button', { name: 'Presentationsläge' }).click();
  await dialog().waitFor();
  // The dialog takes focus and starts listening for keys just after it is drawn: wait for that.
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[role=dialog]') !== null)).toBe(true);
}
const slideCount = async () => Number(/av (\d+)/.exec((await dialog().locator('.presentation__count').textContent()) ?? '')![1]);
const slideNo = async () => Number(/Bild (\d+)/.exec((await dialog().locator('.presentation__count').textContent()) ?? '')![1]);

it('invites people with a QR code and a short address, and counts against the number expected', async () => {
  const join = page.locator('.group-join');
  // The check is offered first; this group answered the tools, so the facilitator picks one.
  expect(await join.locator('select').inputValue()).toBe('samverkanskollen');
  await join.locator('select').selectOption('ambitionstrappan');
  await join.getByRole('button', { name: 'Visa QR-koden' }).click();
  await join.locator('svg.qr').waitFor();
  expect(await join.locator('svg.qr').getAttribute('aria-label')).toBe('QR-kod till Ledningsgruppens ambitionstrappa');
  expect(await join.locator('.join__address').textContent()).toBe(`${new URL(baseURL).host}/a`);
  expect(await join.textContent()).toContain('Tryck på Skicka till processledaren');
  expect(await join.locator('.group-join__count').textContent()).toBe('8 av 8 har svarat');
  await join.getByLabel('Antal som ska svara').fill('10');
  await join.getByLabel('Antal som ska svara').blur();
  await expect.poll(() => join.locator('.group-join__count').textContent()).toBe('8 av 10 har svarat');
  expect(await axe()).toEqual([]);
});

it('the short address is a page with one link on to the tool', async () => {
  const other = await facilitator.newPage();
  await other.goto(at('a/'));
  expect(await other.locator('h1').textContent()).toBe('Ledningsgruppens ambitionstrappa');
  await other.getByRole('link', { name: 'Börja svara' }).click();
  await other.waitForURL(/\/verktyg\/ambitionstrappan\/$/);
  await other.close();
});

it('warns before answering in turn on a screen others may see', async () => {
  await page.getByText('Svara i tur och ordning på den här enheten').click();
  const warning = page.locator('.turn__warning');
  expect(await warning.textContent()).toContain('projektor');
  expect(await page.locator('form.turn').count()).toBe(0);
  await warning.getByRole('button', { name: 'Ingen annan ser skärmen – börja' }).click();
  await page.locator('form.turn').waitFor();
  await page.getByText('Svara i tur och ordning på den här enheten').click();
});

it('agrees actions as rows, and round 2 opens with them, asking how far each has come', async () => {
  await page.getByRole('button', { name: 'Lägg till en åtgärd' }).click();
  const row = page.locator('.actions__row').first();
  await row.getByLabel('Vad').fill('Boka möte med uppdragsgivarna');
  await row.getByLabel('Vem').fill('Kim');
  await row.getByLabel('Klart senast').fill('2026-02-01');
  await row.getByLabel('Klart senast').blur();
  await page.getByRole('button', { name: 'Lägg till en åtgärd' }).click();
  await page.locator('.actions__row').nth(1).getByLabel('Vad').fill('Skriv ett gemensamt uppdrag');
  await page.locator('.actions__row').nth(1).getByLabel('Vad').blur();
  await page.reload();
  await hydrated(page);
  await expect.poll(() => page.locator('.actions__row').count()).toBe(2);
  expect(await page.locator('.actions__row').first().getByLabel('Vem').inputValue()).toBe('Kim');

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Ny omgång' }).click();
  await expect.poll(() => page.locator('.group-head p').first().textContent()).toContain('Omgång 2');
  const review = page.locator('.review');
  expect(await review.locator('.review__item').count()).toBe(2);
  expect(await review.locator('.review__item').first().textContent()).toContain('Boka möte med uppdragsgivarna');
  expect(await review.locator('.review__item').first().textContent()).toContain('Kim · senast 2026-02-01');
  await review.locator('.review__item').first().getByLabel('Pågår').check();
  await review.locator('.review__item').nth(1).getByLabel('Klar').check();
  // Round 2's answers come in (here straight into storage, as the import tests cover the ways in).
  await page.evaluate(
    (m) => {
      const s = JSON.parse(localStorage.getItem('samverkan:grupper')!);
      s.groups[0].rounds[1].members = m;
      localStorage.setItem('samverkan:grupper', JSON.stringify(s));
    },
    members(1, 'm2'),
  );
  await page.reload();
  await hydrated(page);
  expect(await page.locator('.review__item').first().getByLabel('Pågår').isChecked()).toBe(true);
  expect(await page.locator('.review__item').nth(1).getByLabel('Klar').isChecked()).toBe(true);
  expect(await page.locator('.actions__row').count()).toBe(0);
});

it('compares the rounds as whole distributions, per question', async () => {
  const compare = page.locator('.group-compare');
  await compare.waitFor();
  const table = compare.locator('.group-compare__tool[data-tool="checklistor"] table.dist').first();
  const rows = await table.locator('tbody tr th').allTextContents();
  expect(rows).toEqual(['Omgång 1 (2026-01-15)', `Omgång 2 (${new Date().toISOString().slice(0, 10)})`]);
  const counts = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('.dist__count')].reduce((s, c) => s + Number(c.textContent), 0)));
  expect(counts).toEqual([8, 8]);
});

it('shows only the count on the projector until the results are revealed', async () => {
  await openPresentation();
  expect(await title()).toBe('Svara på din telefon');
  await dialog().locator('svg.qr').waitFor();
  expect(await slideCount()).toBe(2);
  await page.keyboard.press('PageDown');
  await expect.poll(title).toBe('Svaren kommer in');
  expect(await dialog().locator('.reveal__count').textContent()).toBe('8 av 8 har svarat');
  expect(await dialog().locator('.spread, table, .findings').count()).toBe(0);
  expect(await namesInPage()).toEqual([]);
  await dialog().getByRole('button', { name: 'Visa resultaten' }).click();
  await expect.poll(slideCount).toBeGreaterThan(10);
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog().count()).toBe(0);
});

for (const [width, height] of [
  [1920, 1080],
  [1366, 768],
] as const) {
  it(`every slide fits ${width}×${height}, is reached by keyboard alone and shows no names`, async () => {
    await page.setViewportSize({ width, height });
    await openPresentation();
    const total = await slideCount();
    const keys = ['PageDown', ' ', 'ArrowRight', 'ArrowDown'];
    const titles: string[] = [];
    for (let i = 1; i <= total; i++) {
      await expect.poll(slideNo).toBe(i);
      titles.push((await title()) ?? '');
      const fit = await dialog()
        .locator('.presentation__slide')
        .evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
      expect(fit.scroll, `slide ${i} "${titles[i - 1]}" overflows`).toBeLessThanOrEqual(fit.client);
      if (height === 1080) {
        // Readable from the back of the room: no text in a slide under 24 px.
        const small = await dialog()
          .locator('.presentation__slide')
          .evaluate((slide) => {
            const out: string[] = [];
            const walk = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
            for (let n = walk.nextNode(); n; n = walk.nextNode()) {
              const el = n.parentElement!;
              if (!n.textContent?.trim() || el.closest('svg') || !el.getClientRects().length) continue;
              const size = parseFloat(getComputedStyle(el).fontSize);
              if (size < 23.9) out.push(`${size}px: ${n.textContent.trim().slice(0, 40)}`);
            }
            return out;
          });
        expect(small, `slide ${i} "${titles[i - 1]}"`).toEqual([]);
      }
      if (i < total) await page.keyboard.press(keys[i % keys.length]!);
    }
    // The last key press found nothing further; the first slide is back with Home, the last with End.
    await page.keyboard.press('PageDown');
    expect(await slideNo()).toBe(total);
    await page.keyboard.press('Home');
    await expect.poll(slideNo).toBe(1);
    await page.keyboard.press('End');
    await expect.poll(slideNo).toBe(total);
    await page.keyboard.press('PageUp');
    await expect.poll(slideNo).toBe(total - 1);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(slideNo).toBe(total - 2);
    // One thing per slide: the review, findings, each tool's picture, disagreements, the change between rounds, questions, actions.
    expect(titles[0]).toBe('Svara på din telefon');
    expect(titles).toContain('Gjorde vi det vi bestämde?');
    expect(titles).toContain('Fynd 1 av 3');
    expect(titles).toContain('Ledningsgruppens ambitionstrappa (2 av 2)');
    expect(titles).toContain('Oense 1: Hindrens isberg');
    expect(titles.some((t) => t.startsWith('Omgångarna jämförda'))).toBe(true);
    expect(titles.some((t) => t.startsWith('Att diskutera'))).toBe(true);
    expect(titles[titles.length - 1]).toBe('Det här gör vi');
    expect(await namesInPage()).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
  });
}

it('keeps focus in the dialog, gives it back on close, has a timer for discussion, and passes axe', async () => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openPresentation();
  expect(await axe()).toEqual([]);
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[role=dialog]') !== null)).toBe(true);
  }
  await page.keyboard.press('Shift+Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('[role=dialog]') !== null)).toBe(true);
  // A disagreement: dots marked by organisation, with a key, and a timer for the talk.
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Presentationsläge');
  await openPresentation();
  while (!((await title()) ?? '').startsWith('Oense 1')) await page.keyboard.press('PageDown');
  expect(await dialog().locator('.org-legend li').allTextContents()).toEqual(['Kommunen', 'Region Skåne', 'Arbetsförmedlingen']);
  expect(await dialog().locator('.spread__dot.org-mark--0').count()).toBeGreaterThan(0);
  expect(await dialog().locator('.spread__dot.org-mark--2').count()).toBeGreaterThan(0);
  const timer = dialog().locator('.timer');
  expect(await timer.isVisible()).toBe(true);
  await timer.getByLabel('Minuter').selectOption('3');
  expect(await timer.locator('.timer__time').textContent()).toBe('3:00');
  await timer.getByRole('button', { name: 'Starta' }).click();
  await timer.getByRole('button', { name: 'Pausa' }).click();
  await timer.getByRole('button', { name: 'Nollställ' }).click();
  expect(await timer.locator('.timer__time').textContent()).toBe('3:00');
  expect(await axe()).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axe()).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.keyboard.press('Escape');
}, 180_000);

it('reopens an earlier round to view and edit it', async () => {
  await page.getByLabel('Visa omgång').selectOption({ label: 'Omgång 1 · 2026-01-15' });
  await expect.poll(() => page.locator('.group-head p').first().textContent()).toContain('Omgång 1');
  expect(await page.locator('.actions__row').count()).toBe(2);
  await page.locator('.actions__row').nth(1).getByLabel('Vem').fill('Alex');
  await page.locator('.actions__row').nth(1).getByLabel('Vem').blur();
  await page.getByRole('button', { name: 'Gå till senaste omgången' }).click();
  await expect.poll(() => page.locator('.group-head p').first().textContent()).toContain('Omgång 2');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('samverkan:grupper')!).groups[0].rounds[0].actions[1].who);
  expect(stored).toBe('Alex');
});

it('exports every round to one CSV, with dates and actions', async () => {
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner CSV' }).click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await csv.createReadStream()) chunks.push(Buffer.from(chunk as Buffer));
  const text = Buffer.concat(chunks).toString('utf8');
  expect(text.split('\r\n')[0]).toBe(
    '\uFEFF"Grupp";"Omgång";"Person";"Organisation";"Verktyg";"Del";"Fråga";"Svar";"Värde";"Datum";"Klart senast"',
  );
  expect(text).toContain('"Ledningsgruppen i Exempelby";"1";"Person 1";"Kommunen"');
  expect(text).toContain('"Ledningsgruppen i Exempelby";"2";"Person 8";"Arbetsförmedlingen"');
  expect(text).toContain('"2";"Kim";"";"Åtgärder";"Från förra omgången";"Boka möte med uppdragsgivarna";"Pågår"');
  for (const name of NAMES) expect(text).not.toContain(name);
});

it('prints a handout of at most two A4 pages, line breaks kept', async () => {
  await page.getByLabel('Visa omgång').selectOption({ label: 'Omgång 1 · 2026-01-15' });
  await expect.poll(() => page.locator('.group-head p').first().textContent()).toContain('Omgång 1');
  await page.emulateMedia({ media: 'print' });
  // The handout is drawn for paper when print media applies (as printing itself does at beforeprint).
  await expect.poll(() => page.locator('.handout').count()).toBe(1);
  const printed = await page.locator('main').innerText();
  expect(printed).toContain('Rad ett\nRad två');
  expect(printed).toContain('Störst oenighet');
  expect(printed).toContain('Boka möte med uppdragsgivarna (Kim · senast 2026-02-01)');
  expect(printed).not.toContain('Klistra in svarskoder');
  // (Back to no emulation: page.pdf prints with the media last emulated, and it must be print.)
  await page.emulateMedia({ media: null });
  expect(pages(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(2);
  await page.getByRole('button', { name: 'Gå till senaste omgången' }).click();
  expect(pages(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(2);
});

it('prints the participant sheet on one page', async () => {
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: 'Skriv ut deltagarblad' }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.print)).toBe('join');
  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator('main').innerText();
  // The sheet invites to the check (the page was reloaded since a tool was picked above).
  expect(printed).toContain(`${new URL(baseURL).host}/k`);
  expect(printed).not.toContain('Gruppens resultat');
  // (Back to no emulation: page.pdf prints with the media last emulated, and it must be print.)
  await page.emulateMedia({ media: null });
  expect(pages(await page.pdf({ format: 'A4' }))).toBe(1);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  expect(await page.evaluate(() => document.documentElement.dataset.print)).toBeUndefined();
});

/** Pages in a PDF: its page objects (not the page tree, "/Type /Pages"). */
function pages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
}
