// No tap is lost on a slow phone: with the CPU slowed six times, a reader answers five questions
// the moment the page appears – before the tool's island has woken, and while it wakes – and all
// five are kept: in the page once the island has hydrated, in storage, and after a reload. On
// every tool page (the ids come from the registry). Tools with fewer than five questions of
// their own kind fill the rest with amounts typed into their fields.
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { newContext, useBrowser, watchedPage } from '../support/browser';
import { islandScript } from '../support/site-files';
import { hydrated } from '../support/tool-page';
import { TOOL_IDS } from '../support/tools';

const baseURL = inject('baseURL');
const chromium = useBrowser();

interface Tap {
  kind: 'radio' | 'amount';
  /** item id: radio name "<tool>-<item>", amount field id "<tool>-<item>" */
  item: string;
  value: string;
}

/** Five answers from the page as served: the second option of the first radio groups, then amounts. */
async function fiveTaps(page: Page, tool: string): Promise<Tap[]> {
  const groups = await page.$$eval(`main input[type=radio][name^="${tool}-"]`, (els) => {
    const byName = new Map<string, string[]>();
    for (const el of els as HTMLInputElement[]) byName.set(el.name, [...(byName.get(el.name) ?? []), el.value]);
    return [...byName].map(([name, values]) => [name, values[Math.min(1, values.length - 1)]!] as const);
  });
  const amounts = await page.$$eval(`main input[inputmode=numeric][id^="${tool}-"]`, (els) => els.map((el) => el.id));
  const taps: Tap[] = groups.slice(0, 5).map(([name, value]) => ({ kind: 'radio', item: name.slice(tool.length + 1), value }));
  for (const id of amounts.slice(0, 5 - taps.length)) taps.push({ kind: 'amount', item: id.slice(tool.length + 1), value: '1200' });
  expect(taps).toHaveLength(5);
  return taps;
}

async function tap(page: Page, tool: string, t: Tap): Promise<void> {
  if (t.kind === 'radio') await page.check(`input[name="${tool}-${t.item}"][value="${t.value}"]`);
  else await page.fill(`#${tool}-${t.item}`, t.value);
}

/** The taps the page does not show (ticked, or typed), read in one round trip: a slowed page answers slowly. */
function notShown(page: Page, tool: string, taps: Tap[]): Promise<string[]> {
  return page.evaluate(
    ({ tool, taps }) =>
      taps
        .filter((t) => {
          if (t.kind === 'radio')
            return !document.querySelector<HTMLInputElement>(`input[name="${tool}-${t.item}"][value="${t.value}"]`)?.checked;
          return document.querySelector<HTMLInputElement>(`#${tool}-${t.item}`)?.value.replace(/\D/g, '') !== t.value;
        })
        .map((t) => t.item),
    { tool, taps },
  );
}

const stored = (page: Page, tool: string) =>
  page.evaluate(
    (key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { answers?: Record<string, string> }).answers ?? {},
    `samverkan:${tool}`,
  );

describe.each(TOOL_IDS.map((id) => ({ id })))('$id', ({ id }) => {
  it('keeps five answers tapped before and while the island wakes, after hydration and after a reload', async () => {
    const context = await newContext(chromium.browser);
    const { page, errors } = await watchedPage(context, baseURL);
    const cdp: CDPSession = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });

    await page.goto(new URL(`verktyg/${id}/`, baseURL).href, { waitUntil: 'domcontentloaded' });
    const taps = await fiveTaps(page, id);
    // The first answers before anything has woken…
    for (const t of taps.slice(0, 2)) await tap(page, id, t);
    // …then the reader reaches the result, the island starts waking, and the rest come at once.
    await page.evaluate(() => document.querySelector('.tool__result')?.scrollIntoView());
    for (const t of taps.slice(2)) await tap(page, id, t);

    await hydrated(page);
    expect(await notShown(page, id, taps), 'after hydration').toEqual([]);
    await expect.poll(() => stored(page, id)).toEqual(Object.fromEntries(taps.map((t) => [t.item, t.value])));

    await page.reload({ waitUntil: 'domcontentloaded' });
    expect(await notShown(page, id, taps), 'after a reload, before waking').toEqual([]);
    await hydrated(page);
    expect(await notShown(page, id, taps), 'after a reload').toEqual([]);
    expect(await stored(page, id)).toEqual(Object.fromEntries(taps.map((t) => [t.item, t.value])));

    expect(errors).toEqual([]);
    await context.close();
    // A slowed browser on a busy two-core CI machine needs more than the usual minute.
  }, 180_000);

  it('keeps the answers when the island never wakes: stored at the tap, ticked again after a reload', async () => {
    const context = await newContext(chromium.browser);
    const { page, errors } = await watchedPage(context, baseURL);
    // The island's code never arrives, as on a connection that stalls.
    await page.route(new URL(islandScript(id), baseURL).href, () => {});
    await page.goto(new URL(`verktyg/${id}/`, baseURL).href, { waitUntil: 'domcontentloaded' });
    const taps = (await fiveTaps(page, id)).filter((t) => t.kind === 'radio');
    for (const t of taps) await tap(page, id, t);
    expect(await stored(page, id)).toEqual(Object.fromEntries(taps.map((t) => [t.item, t.value])));
    await page.reload({ waitUntil: 'domcontentloaded' });
    expect(await notShown(page, id, taps)).toEqual([]);
    // The check's progress line counts them too, without the island.
    if (id === 'samverkanskollen') {
      expect(await page.locator('[data-progress] [role=status]').textContent()).toBe(`${taps.length} av 35 frågor besvarade`);
    }
    expect(await page.locator('astro-island[ssr] [data-tool]').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
