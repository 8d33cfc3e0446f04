// npm run bench: builds the site and prints what it costs a reader – build time, bytes per page
// type (JS, CSS, HTML and everything a first visit loads; raw and gzip), the offline precache, the
// search index, Lighthouse (mobile: scores, TBT, LCP, CLS) and the length of Hela handboken printed on
// A4 – and writes them to tests/bench/latest.json. It measures; it asserts nothing.
//
// Lighthouse runs with saved answers present, as a returning reader has them: every tool fully
// answered and a case's practice group in the group view, put into the browser's storage first
// (Lighthouse's own storage reset is off; the HTTP cache is still emptied before every page, so
// every run is a first visit as far as the network goes).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { parse } from 'node-html-parser';
import { chromium, type Page } from 'playwright-core';
import { startPreview } from '../support/preview.ts';
import { initialJsGzip } from '../support/page-js.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
function dirSize(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const p = join(dir, name);
    return sum + (statSync(p).isDirectory() ? dirSize(p) : statSync(p).size);
  }, 0);
}

const t0 = performance.now();
execFileSync('npx', ['astro', 'build'], { stdio: 'ignore' });
const buildSeconds = (performance.now() - t0) / 1000;

// Every page type, and every tool page: the tools are read from the build, not listed here.
const tools = readdirSync('dist/verktyg').filter((d) => statSync(join('dist/verktyg', d)).isDirectory() && d !== 'min-sjalvskattning');
const PAGES: Record<string, string> = {
  start: '',
  'kapitel (text)': 'handboken/varfor-samverka/',
  'kapitel (med verktyg)': 'handboken/samverkansledning/',
  fallstudie: 'fallstudier/integration-genom-arbete/',
  workshopguide: 'workshop/ambitionstrappan/',
  ...Object.fromEntries(tools.map((t) => [`verktyg/${t}`, `verktyg/${t}/`])),
  'min-sjalvskattning': 'verktyg/min-sjalvskattning/',
  gruppvy: 'workshop/gruppvy/',
  'hela-handboken': 'hela-handboken/',
};
/** Initial JavaScript (gzip) as the size budget counts it: before the reader does anything. */
const initialJs = Object.fromEntries(Object.entries(PAGES).map(([name, path]) => [name, initialJsGzip('dist', path)]));

const site = await startPreview('dist');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
const firstVisit = await browser.newContext({ serviceWorkers: 'block' });
const bytes: Record<string, Record<string, { raw: number; gzip: number }>> = {};
for (const [name, path] of Object.entries(PAGES)) {
  const page = await firstVisit.newPage();
  const sums: Record<string, { raw: number; gzip: number }> = {
    js: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: 0 },
    html: { raw: 0, gzip: 0 },
    all: { raw: 0, gzip: 0 },
  };
  const pending: Promise<void>[] = [];
  page.on('response', (r) => {
    const type = r.request().resourceType();
    const kind = type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : type === 'document' ? 'html' : undefined;
    pending.push(
      r
        .body()
        .catch(() => Buffer.alloc(0))
        .then((body) => {
          // Everything the visit loads (fonts, images, the manifest too) counts in "all".
          for (const k of kind ? [kind, 'all'] : ['all']) {
            sums[k]!.raw += body.length;
            sums[k]!.gzip += gzipSync(body).length;
          }
        }),
    );
  });
  // A first visit without the reader doing anything; the service worker's precache is not the
  // page's (it is reported below as the offline precache).
  await page.goto(new URL(path, site.baseURL).href, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await page.close();
  bytes[name] = sums;
}
// Hela handboken as a reader's browser prints it: A4, the page count of the PDF.
const bookPage = await browser.newPage();
await bookPage.goto(new URL('hela-handboken/', site.baseURL).href, { waitUntil: 'networkidle' });
const bookPdf = await bookPage.pdf({ format: 'A4' });
await bookPage.close();
const book = { a4Pages: (bookPdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length, pdfBytes: bookPdf.length };
await browser.close();

const sw = readFileSync('dist/sw.js', 'utf8');
const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
const precacheBytes = precached.reduce((s, u) => s + statSync(join('dist', u)).size, 0);
const pagefindBytes = dirSize('dist/pagefind');

/** A full set of answers for a tool, from its built page: the second option of every question, an amount in every field. */
function fullAnswers(tool: string): Record<string, string> {
  const html = parse(readFileSync(join('dist/verktyg', tool, 'index.html'), 'utf8'));
  const options = new Map<string, string[]>();
  // Only the tool's own questions: Samverkanskollen's page also asks other tools' questions, which
  // are stored in those tools (and answered there below).
  for (const radio of html.querySelectorAll(`main input[type=radio][name^="${tool}-"]`)) {
    const item = radio.getAttribute('name')!.slice(tool.length + 1);
    options.set(item, [...(options.get(item) ?? []), radio.getAttribute('value')!]);
  }
  const answers = Object.fromEntries([...options].map(([item, values]) => [item, values[Math.min(1, values.length - 1)]!]));
  for (const [i, field] of html.querySelectorAll('main input[inputmode=numeric]').entries()) {
    answers[field.id.slice(tool.length + 1)] = String(100 + 50 * (i % 7));
  }
  return answers;
}

interface Scores {
  [category: string]: number | string;
  tbtMs: number;
  lcpMs: number;
  cls: number;
  /** every run's TBT, lowest first, so the spread is seen next to the median */
  tbtRuns: string;
}
const scores: Record<string, Scores> = {};
const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
// The returning reader's storage, put into Lighthouse's browser: every tool answered, and a
// case's practice group opened in the group view (by its own button, so the format is the site's).
const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
const seed: Page = await cdp.contexts()[0]!.newPage();
await seed.goto(new URL('fallstudier/integration-genom-arbete/', site.baseURL).href);
// The button's island wakes when it is seen, and is enabled once it has.
await seed.locator('.open-example-group').scrollIntoViewIfNeeded();
await seed.locator('.open-example-group button:not([disabled])').click();
await seed.waitForURL(/gruppvy/);
await seed.evaluate(
  (all) => Object.entries(all).forEach(([tool, answers]) => localStorage.setItem(`samverkan:${tool}`, JSON.stringify({ v: 1, answers }))),
  Object.fromEntries(tools.map((t) => [t, fullAnswers(t)])),
);
const network = await seed.context().newCDPSession(seed);
const audit = (path: string) =>
  lighthouse(
    new URL(path, site.baseURL).href,
    {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    },
    { extends: 'lighthouse:default', settings: { disableStorageReset: true } },
  );
// The first audit of a run pays for a cold browser and Lighthouse (any page measured first had an
// LCP of about 1.2 s against 0.1–0.2 s later in the run): one audit first, not recorded.
await audit(PAGES.start!);
// BENCH_PAGES="min-sjalvskattning,gruppvy" runs Lighthouse on those pages only (while working on them).
const only = process.env.BENCH_PAGES?.split(',');
// One Lighthouse run of the same page moves TBT by up to 75 ms on this machine, so every page is
// audited BENCH_RUNS times (3 unless told) and the median run – by performance score, then TBT –
// is the one printed. BENCH_LHR=dir keeps each median run's full report there, to see the long tasks.
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const keepReports = process.env.BENCH_LHR;
if (keepReports) mkdirSync(keepReports, { recursive: true });
type Lhr = NonNullable<Awaited<ReturnType<typeof audit>>>['lhr'];
for (const [name, path] of Object.entries(PAGES).filter(([name]) => !only || only.includes(name))) {
  const lhrs: Lhr[] = [];
  for (let i = 0; i < runs; i++) {
    await network.send('Network.clearBrowserCache');
    const result = await audit(path);
    if (result) lhrs.push(result.lhr);
  }
  const perf = (l: Lhr) => l.categories.performance?.score ?? 0;
  const tbt = (l: Lhr) => l.audits['total-blocking-time']?.numericValue ?? 0;
  lhrs.sort((a, b) => perf(b) - perf(a) || tbt(a) - tbt(b));
  const lhr = lhrs[Math.floor(lhrs.length / 2)];
  if (lhr && keepReports) writeFileSync(join(keepReports, `${name.replace(/\W+/g, '-')}.json`), JSON.stringify(lhr));
  const c = lhr?.categories ?? {};
  scores[name] = {
    ...Object.fromEntries(Object.entries(c).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)])),
    tbtMs: Math.round(lhr?.audits['total-blocking-time']?.numericValue ?? NaN),
    lcpMs: Math.round(lhr?.audits['largest-contentful-paint']?.numericValue ?? NaN),
    cls: Number((lhr?.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
    tbtRuns: lhrs
      .map((l) => Math.round(tbt(l)))
      .sort((a, b) => a - b)
      .join('/'),
  };
}
await cdp.close();
chrome.kill();
await site.stop();

const report = {
  date: new Date().toISOString(),
  buildSeconds,
  initialJs,
  bytes,
  precache: { files: precached.length, bytes: precacheBytes },
  pagefindBytes,
  book,
  lighthouse: scores,
};
writeFileSync('tests/bench/latest.json', JSON.stringify(report, null, 2));

console.log(`build: ${buildSeconds.toFixed(1)} s`);
console.log('page                        initial JS  all JS (gzip)  CSS (gzip)  HTML (gzip)  first visit (gzip)');
for (const [name, b] of Object.entries(bytes)) {
  console.log(
    `${name.padEnd(26)}  ${kb(initialJs[name]!).padStart(10)}  ${kb(b.js!.gzip).padStart(13)}  ${kb(b.css!.gzip).padStart(10)}  ${kb(b.html!.gzip).padStart(11)}  ${kb(b.all!.gzip).padStart(18)}`,
  );
}
console.log(`offline precache: ${precached.length} files, ${kb(precacheBytes)}; search index: ${kb(pagefindBytes)}`);
console.log(`hela handboken printed: ${book.a4Pages} A4 pages (PDF ${kb(book.pdfBytes)})`);
console.log(`lighthouse: mobile, saved answers, the median of ${runs} run(s) per page`);
console.log(`${''.padEnd(32)}  perf  a11y  best  seo     TBT     LCP    CLS  TBT of each run`);
for (const [name, s] of Object.entries(scores)) {
  console.log(
    `${name.padEnd(32)}  ${[s.performance, s.accessibility, s['best-practices'], s.seo].map((n) => String(n).padStart(4)).join('  ')}  ${`${s.tbtMs} ms`.padStart(6)}  ${`${s.lcpMs} ms`.padStart(7)}  ${String(s.cls).padStart(5)}  ${s.tbtRuns}`,
  );
}
// The issue's table in one: page, JS gzip, first visit in all, perf, TBT, LCP.
console.log('\n| page | initial JS gzip | first visit, all (gzip) | perf | TBT | LCP |\n|---|---|---|---|---|---|');
for (const name of Object.keys(scores)) {
  const s = scores[name]!;
  console.log(`| ${name} | ${kb(initialJs[name]!)} | ${kb(bytes[name]!.all!.gzip)} | ${s.performance} | ${s.tbtMs} ms | ${s.lcpMs} ms |`);
}
console.log('written: tests/bench/latest.json');
