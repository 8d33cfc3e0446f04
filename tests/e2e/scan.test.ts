// The facilitator collects the participants' answer codes with the camera. Chromium's fake camera
// plays a video of their QR codes one after another – bare codes and links, one of them shown
// twice, one damaged – and the group view adds everyone, without a click between them, with the
// answers each code carries; a code seen again is counted once, the damaged one gets its reason,
// no name shows unless "Visa namn" is on, "Klar" stops the camera, and it all works offline once
// the decoder has been used. This file starts a Chromium of its own: the camera flags must be
// given at launch, and the shared browser has none.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium as playwright, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { encodeAnswerCode } from '../../src/lib/codes/answer-code';
import { codeModelOf } from '../../src/lib/items';
import { newContext, watchedPage } from '../support/browser';
import { LAUNCH_OPTIONS } from '../support/chromium';
import { WCAG_TAGS } from '../support/tools';
import { writeFakeVideo, type Shot } from '../support/fake-camera';
import { CODE_ITEMS } from '../support/models';
import { hydrated } from '../support/tool-page';

const baseURL = inject('baseURL');
const at = (path: string) => new URL(path, baseURL).href;
const SCAN_WAIT = { timeout: 60_000 };

type Tool = keyof typeof CODE_ITEMS;
/** Person i's answers to the first questions of a tool: different for each person. */
function answersFor(tool: Tool, i: number): Record<string, string> {
  return Object.fromEntries(CODE_ITEMS[tool].items.slice(0, 6).map(([id, options], j) => [id, options[(i + j) % options.length]!]));
}

const PEOPLE: { tool: Tool; name?: string; org?: string; asLink: boolean }[] = [
  { tool: 'checklistor', asLink: false },
  { tool: 'checklistor', name: 'Anna Berg', org: 'Kommunen', asLink: true },
  { tool: 'ambitionstrappan', org: 'Region Skåne', asLink: true },
  { tool: 'samverkanstrappan', asLink: false },
];
const CODES = PEOPLE.map((p, i) =>
  encodeAnswerCode(
    { tool: p.tool, version: CODE_ITEMS[p.tool].version, answers: answersFor(p.tool, i), name: p.name, org: p.org },
    codeModelOf(CODE_ITEMS[p.tool]),
  ),
);
const TEXTS = CODES.map((code, i) => (PEOPLE[i]!.asLink ? `${at(`verktyg/${PEOPLE[i]!.tool}/`)}#kod=${code}` : code));
/** The first code with its checksum changed: it must be refused with its reason. */
const DAMAGED = `${CODES[0]!.slice(0, -2)}${CODES[0]!.endsWith('zz') ? 'yy' : 'zz'}`;

// Each code is held up for 1.5 s, with a moment of nothing between them. The first person comes
// back after the second (and the video loops), so a repeated code passes the camera for certain
// before the last new one is read.
const hold = (text: string): Shot[] => [{ text, frames: 15 }, { frames: 5 }];
const SHOTS: Shot[] = [{ frames: 3 }, ...[TEXTS[0]!, TEXTS[1]!, TEXTS[0]!, TEXTS[2]!, DAMAGED, TEXTS[3]!].flatMap(hold)];

let dir: string;
let camera: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
let foreign: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'svh-scan-'));
  const video = join(dir, 'deltagarna.y4m');
  writeFakeVideo(video, SHOTS);
  camera = await playwright.launch({
    ...LAUNCH_OPTIONS,
    args: [
      ...(LAUNCH_OPTIONS.args ?? []),
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  // The facilitator keeps the service worker: the last test scans offline.
  context = await newContext(camera, { serviceWorkers: 'allow', permissions: ['camera'] });
  // Every camera stream the page opens, so that the test can see that "Klar" stops it. And no
  // BarcodeDetector (Chromium on Linux has none anyway): the decoder under test is our own.
  await context.addInitScript(() => {
    delete (window as { BarcodeDetector?: unknown }).BarcodeDetector;
    const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    const streams: MediaStream[] = [];
    (window as unknown as { __streams: MediaStream[] }).__streams = streams;
    navigator.mediaDevices.getUserMedia = async (c) => {
      const s = await open(c);
      streams.push(s);
      return s;
    };
  });
  ({ page, errors, foreign } = await watchedPage(context, baseURL));
});

afterAll(async () => {
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
  await camera?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Records every line the scanner shows about a read, in order, as the page changes. */
async function recordScanLines(p: Page): Promise<void> {
  await p.evaluate(() => {
    const lines: string[] = [];
    (window as unknown as { __scanLines: string[] }).__scanLines = lines;
    new MutationObserver(() => {
      const text = document.querySelector('.scan__last')?.textContent ?? '';
      if (text && text !== lines[lines.length - 1]) lines.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}
const scanLines = (p: Page) => p.evaluate(() => (window as unknown as { __scanLines: string[] }).__scanLines);

async function newGroup(p: Page, name: string) {
  // With groups already there, the form is folded away under "Ny grupp".
  if (!(await p.getByLabel('Gruppens namn').isVisible())) await p.getByText('Ny grupp', { exact: true }).click();
  await p.getByLabel('Gruppens namn').fill(name);
  await p.getByRole('button', { name: 'Skapa gruppen' }).click();
  await p.locator('.group-head h2', { hasText: name }).waitFor();
}

/** The answers of the active group's current round, per member, as stored. */
const storedAnswers = (p: Page) =>
  p.evaluate(() => {
    const state = JSON.parse(localStorage.getItem('samverkan:grupper') ?? '{}');
    const group = state.groups.find((g: { id: string }) => g.id === state.active) ?? state.groups.at(-1);
    return group.rounds.at(-1).members.map((m: { answers: Record<string, Record<string, string>> }) => m.answers);
  });

it('adds everyone the camera sees, one after another without a click, each once and with their answers', async () => {
  await page.goto(at('workshop/gruppvy/'));
  // Once the service worker is active, a reload puts the page (and the decoder's worker) under it,
  // so that the decoder is cached as it is fetched.
  await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
  await page.reload();
  await hydrated(page);
  await newGroup(page, 'Styrgruppen');
  await recordScanLines(page);

  await page.getByRole('button', { name: 'Skanna med kameran' }).click();
  await expect.poll(() => page.locator('.group-members li').count(), SCAN_WAIT).toBe(PEOPLE.length);
  // The damaged code is refused with its reason; after it comes the last person.
  await expect.poll(() => scanLines(page), SCAN_WAIT).toContainEqual(expect.stringContaining('ofullständig'));
  const lines = await scanLines(page);
  // One line per distinct code: the repeated one was not handed on again.
  expect(lines).toHaveLength(PEOPLE.length + 1);
  expect(lines.filter((l) => /^Kod \d är inläst\.$/.test(l))).toHaveLength(PEOPLE.length);
  expect(await page.locator('.scan__count').textContent()).toBe(`✓ ${PEOPLE.length} koder inlästa`);
  expect(await page.locator('.group-members li').count()).toBe(PEOPLE.length);

  // Each person's answers arrived as their code carries them.
  const stored = await storedAnswers(page);
  const expected = PEOPLE.map((p, i) => ({ [p.tool]: answersFor(p.tool, i) }));
  expect(stored).toHaveLength(expected.length);
  for (const answers of expected) expect(stored).toContainEqual(answers);
  // "Visa namn" is off: no name anywhere, not even in the scanner's lines.
  expect(await page.locator('.group-view').textContent()).not.toContain('Anna');
  expect(lines.join(' ')).not.toContain('Anna');

  // The open scanner is accessible.
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).include('.scan').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // "Klar" closes the scanner, stops the camera and gives focus back to the button.
  await page.getByRole('button', { name: 'Klar' }).click();
  await expect.poll(() => page.locator('video').count()).toBe(0);
  expect(
    await page.evaluate(() =>
      (window as unknown as { __streams: MediaStream[] }).__streams.flatMap((s) => s.getTracks()).map((t) => t.readyState),
    ),
  ).toEqual(['ended']);
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Skanna med kameran');
}, 120_000);

it('scans offline once the decoder has been used, and names people only with "Visa namn" on', async () => {
  // The decoder's WebAssembly was cached by the service worker the first time (it is not precached).
  expect(await page.evaluate(async () => (await (await caches.open('qr-lasare')).keys()).length)).toBe(1);
  await context.setOffline(true);
  try {
    await page.reload();
    await hydrated(page);
    await newGroup(page, 'Omgång utan nät');
    await page.getByLabel('Visa namn').check();
    await recordScanLines(page);
    await page.getByRole('button', { name: 'Skanna med kameran' }).click();
    await expect.poll(() => page.locator('.group-members li').count(), SCAN_WAIT).toBe(PEOPLE.length);
    await expect.poll(() => scanLines(page), SCAN_WAIT).toContainEqual(expect.stringContaining('Anna Berg: ny i gruppen'));
    await page.getByRole('button', { name: 'Klar' }).click();
  } finally {
    await context.setOffline(false);
  }
}, 120_000);

it('says in Swedish why the camera cannot be used, and offers to try again', async () => {
  const denied = await newContext(camera);
  await denied.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
  });
  const { page: p, errors: e } = await watchedPage(denied, baseURL);
  await p.goto(at('workshop/gruppvy/'));
  await hydrated(p);
  await newGroup(p, 'Gruppen');
  await p.getByRole('button', { name: 'Skanna med kameran' }).click();
  await expect.poll(() => p.getByRole('alert').last().textContent()).toContain('Sidan fick inte använda kameran');
  expect(await p.getByRole('button', { name: 'Försök igen' }).isVisible()).toBe(true);
  await p.getByRole('button', { name: 'Klar' }).click();
  await p.getByRole('button', { name: 'Skanna med kameran' }).waitFor();
  expect(e).toEqual([]);
  await denied.close();
});
