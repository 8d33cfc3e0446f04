// Fallstudier as built: every figure on a case page is the figure in its data file (one source
// of truth), every chart has a text alternative, and – in Chromium – loading a case's example
// shows it in the tools with a banner while the reader's own stored answers stay byte-identical.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { cellValue, formatCell, formatFact } from '../../src/lib/cases/format';
import { CASES } from '../../src/models/cases';
import { hydrated, useToolSession } from '../support/tool-page';
import { sharedCode } from '../support/share';
import { DIST } from '../support/site-files';

const html = (path: string) => parse(readFileSync(`${DIST}${path}index.html`, 'utf8'));
const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

it('lists every case on /fallstudier/', () => {
  const links = html('/fallstudier/')
    .querySelectorAll('main .card a')
    .map((a) => a.getAttribute('href'));
  expect(links).toEqual(expect.arrayContaining(Object.keys(CASES).map((slug) => `/fallstudier/${slug}/`)));
});

describe.each(Object.entries(CASES))('/fallstudier/%s/', (slug, data) => {
  const page = html(`/fallstudier/${slug}/`);

  it('shows the facts of the data file', () => {
    const rows = page.querySelectorAll('.case-facts__row');
    expect(rows.map((r) => [text(r.querySelector('dt')), text(r.querySelector('.case-facts__value'))])).toEqual(
      data.facts.map((f) => [f.label, formatFact(f).replace(/\s+/g, ' ')]),
    );
  });

  it.each(data.tables.map((t) => [t.id, t] as const))('table %s holds the data file’s figures', (id, table) => {
    const el = page.querySelector(`table[data-case-table="${id}"]`)!;
    expect(el).not.toBeNull();
    expect(text(el.querySelector('caption'))).toContain(table.caption);
    const rows = el.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('th, td').map((c) => text(c)));
    const expected = table.rows.map((row) =>
      row.map((cell, i) => {
        const f = formatCell(cell, table.columns[i]!.unit);
        return f.missing ? '–ingen uppgift' : `${f.text}${f.mark ?? ''}`.replace(/\s+/g, ' ');
      }),
    );
    expect(rows).toEqual(expected);
    expect(el.querySelectorAll('tbody th[scope="row"]')).toHaveLength(table.rows.length);
  });

  it.each(data.charts.map((c) => [c.id, c] as const))('chart %s draws the table’s values and has a text alternative', (id, chart) => {
    const figure = page.querySelector(`[data-case-chart="${id}"] figure`)!;
    const img = figure.querySelector('[role="img"]')!;
    expect(text(page.getElementById(img.getAttribute('aria-labelledby')!))).toBe(chart.caption);
    const description = text(page.getElementById(img.getAttribute('aria-describedby')!));
    const table = data.tables.find((t) => t.id === chart.table)!;
    const drawn = figure
      .querySelectorAll('rect[data-value]')
      .map((r) => [r.getAttribute('data-row'), r.getAttribute('data-column'), Number(r.getAttribute('data-value'))]);
    const expected = chart.rows.flatMap((name) => {
      const row = table.rows.find((r) => r[0] === name)!;
      return chart.series.flatMap((s) => {
        const value = cellValue(row[table.columns.findIndex((c) => c.id === s.column)] ?? null);
        return value === undefined ? [] : [[name, s.column, value]];
      });
    });
    expect(drawn).toEqual(expected);
    for (const name of chart.rows) expect(description).toContain(`${name}:`);
    // the table it draws is on the same page
    expect(page.querySelector(`table[data-case-table="${chart.table}"]`)).not.toBeNull();
  });

  it('quotes figures in the text from the data file', () => {
    for (const span of page.querySelectorAll('.case-number')) {
      const table = data.tables.find((t) => t.id === span.getAttribute('data-table'))!;
      const row = table.rows.find((r) => r[0] === span.getAttribute('data-row'))!;
      const i = table.columns.findIndex((c) => c.id === span.getAttribute('data-column'));
      expect(text(span)).toBe(formatCell(row[i] ?? null, table.columns[i]!.unit).text.replace(/\s+/g, ' '));
    }
  });

  it('has Prova själv with every example, marked as our interpretation, and questions for a workshop', () => {
    const tryIt = page.querySelector('.case-try')!;
    expect(text(tryIt)).toContain('tolkning');
    expect(tryIt.querySelectorAll('[data-example-tool]').map((li) => li.getAttribute('data-example-tool'))).toEqual(
      Object.keys(data.examples.tools),
    );
    expect(page.querySelectorAll('#fragor-for-en-workshop + ol li')).toHaveLength(data.questions.length);
  });
});

describe('loading an example in Chromium', () => {
  const baseURL = inject('baseURL');
  const session = useToolSession();
  const OWN = {
    'samverkan:ambitionstrappan': '{"v":1,"answers":{"ses-alls":"nej","mal":"problemlosning"},"savedAt":"2026-11-25T10:00:00.000Z"}',
    'samverkan:hindrens-isberg': '{"v":1,"answers":{"sekretess":"0"},"savedAt":"2026-11-25T10:00:00.000Z"}',
  };
  const ownKeys = () =>
    session.page.evaluate(() =>
      Object.fromEntries(
        Object.keys(localStorage)
          // The device's anonymous person id (made once a code is shown) is no answer.
          .filter((k) => k !== 'samverkan:exempel' && k !== 'samverkan:identitet')
          .sort()
          .map((k) => [k, localStorage.getItem(k)]),
      ),
    );
  const slug = 'integration-genom-arbete';
  /** The island hydrates when it scrolls into view, as it does for a reader. */
  const loadButton = async () => {
    const button = session.page.getByRole('button', { name: 'Visa exemplet i verktygen' });
    await button.scrollIntoViewIfNeeded();
    return button;
  };
  const example = CASES[slug]!.examples.tools;

  it('shows the example with a banner, keeps edits in the example, and gives the own answers back untouched', async () => {
    const { page } = session;
    await page.goto(new URL(`fallstudier/${slug}/`, baseURL).href);
    await page.evaluate((own) => Object.entries(own).forEach(([k, v]) => localStorage.setItem(k, v)), OWN);
    await page.reload();
    await (await loadButton()).click();
    await expect.poll(() => page.locator('.load-example [role="status"]').textContent()).toContain('visas nu i verktygen');
    expect(await ownKeys()).toEqual(OWN);

    // The ladder shows the example, not the reader's answers, with the banner and no share code.
    await page.getByRole('link', { name: 'Öppna Ledningsgruppens ambitionstrappa' }).click();
    await hydrated(page);
    const banner = page.locator('.example-banner');
    await expect.poll(() => banner.textContent()).toContain('Exempel: Integration Genom Arbete');
    expect(await banner.textContent()).toContain('dina egna svar ligger kvar');
    const checked = (name: string) => page.locator(`input[name="${name}"]:checked`).getAttribute('value');
    await expect.poll(() => checked('ambitionstrappan-ses-alls')).toBe(example.ambitionstrappan!.answers['ses-alls']);
    expect(await checked('ambitionstrappan-mal')).toBe(example.ambitionstrappan!.answers.mal);
    // The share block loads its details when it comes near the screen.
    await page.locator('.share').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('.share').textContent()).toContain('Du tittar på ett exempel');
    expect(await page.locator('#svarskod').count()).toBe(0);

    // An edit while the example is shown stays in the example.
    await page.locator('input[name="ambitionstrappan-regelbundet"][value="ja"]').check();
    const slot = await page.evaluate(() => JSON.parse(localStorage.getItem('samverkan:exempel')!));
    expect(slot.answers.ambitionstrappan.regelbundet).toBe('ja');
    expect(await ownKeys()).toEqual(OWN);

    // The iceberg shows the example too, after a reload (the slot persists).
    await page.goto(new URL('verktyg/hindrens-isberg/', baseURL).href);
    await hydrated(page);
    await expect.poll(() => checked('hindrens-isberg-gemensam-budget')).toBe(example['hindrens-isberg']!.answers['gemensam-budget']);
    await expect.poll(() => checked('hindrens-isberg-sekretess')).toBe(example['hindrens-isberg']!.answers.sekretess);

    // Back to own answers: they are shown again, and storage holds exactly what it held before.
    await page.getByRole('button', { name: 'Tillbaka till mina egna svar' }).click();
    await expect.poll(() => page.locator('.example-banner').count()).toBe(0);
    await expect.poll(() => checked('hindrens-isberg-sekretess')).toBe('0');
    expect(await page.evaluate(() => localStorage.getItem('samverkan:exempel'))).toBeNull();
    expect(await ownKeys()).toEqual(OWN);
    await page.goto(new URL('verktyg/ambitionstrappan/', baseURL).href);
    await hydrated(page);
    await expect.poll(() => checked('ambitionstrappan-ses-alls')).toBe('nej');
    expect(await sharedCode(page)).toMatch(/^SVH2\./);
  });

  it.each(['light', 'dark'] as const)('the banner and the share note pass axe in %s mode', async (colorScheme) => {
    const { page } = session;
    await page.emulateMedia({ colorScheme });
    await page.goto(new URL(`fallstudier/${slug}/`, baseURL).href);
    await (await loadButton()).click();
    await page.goto(new URL('verktyg/samverkanstrappan/', baseURL).href);
    await hydrated(page);
    await page.locator('.example-banner').waitFor();
    await page.locator('.share').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('.share').textContent()).toContain('Du tittar på ett exempel');
    const axe = await new AxeBuilder({ page })
      .include('.example-banner')
      .include('.share')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('says on the case page which example is shown, and leaves it from there too', async () => {
    const { page } = session;
    await page.goto(new URL(`fallstudier/${slug}/`, baseURL).href);
    await (await loadButton()).click();
    await page.reload();
    await page.locator('.load-example').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('.load-example').textContent()).toContain('visas nu i verktygen');
    await page.locator('.load-example').getByRole('button', { name: 'Tillbaka till mina egna svar' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Visa exemplet i verktygen' }).count()).toBe(1);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  });
});

describe('the practice group', () => {
  const baseURL = inject('baseURL');
  const session = useToolSession();

  it('opens the case’s fictional members as an example group in the group view, beside the facilitator’s own groups', async () => {
    const { page } = session;
    const data = CASES['integration-genom-arbete']!;
    await page.goto(new URL('fallstudier/integration-genom-arbete/', baseURL).href);
    const button = page.getByRole('button', { name: 'Öppna som övningsgrupp i gruppvyn' });
    await button.scrollIntoViewIfNeeded();
    await button.click();
    await page.waitForURL(/\/workshop\/gruppvy\/$/);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('samverkan:grupper')!));
    const group = stored.groups.find((g: { id: string }) => g.id === stored.active);
    expect(group.example).toBe(data.examples.group.name);
    expect(group.rounds[0].members.map((m: { name: string; org: string }) => [m.name, m.org])).toEqual(
      data.examples.group.members.map((m) => [m.name, m.org]),
    );
    expect(group.rounds[0].members[0].answers).toEqual(data.examples.group.members[0]!.answers);
    await hydrated(page);
    // names stay hidden until the facilitator shows them; the organisations are there
    await expect.poll(() => page.locator('main').textContent()).toContain(data.examples.group.members[1]!.org);
    expect(await page.locator('main').textContent()).toContain(`${data.examples.group.name} – övningsgrupp (exempel)`);
    // the reader's own answers were never touched
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k !== 'samverkan:grupper'))).toEqual([]);
  });
});
