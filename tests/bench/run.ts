// npm run bench: builds the site and prints what it costs a reader – build time, bytes per page
// type (JS, CSS, HTML; raw and gzip), the offline precache, the search index, Lighthouse scores
// (mobile) and the length of Hela handboken printed on A4 – and writes them to
// tests/bench/latest.json. It measures; it asserts nothing.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
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
  kapitel: 'handboken/samverkansledning/',
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
const bytes: Record<string, Record<string, { raw: number; gzip: number }>> = {};
for (const [name, path] of Object.entries(PAGES)) {
  const page = await browser.newPage();
  const sums: Record<string, { raw: number; gzip: number }> = {
    js: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: 0 },
    html: { raw: 0, gzip: 0 },
  };
  page.on('response', async (r) => {
    const type = r.request().resourceType();
    const kind = type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : type === 'document' ? 'html' : undefined;
    if (!kind) return;
    const body = await r.body().catch(() => Buffer.alloc(0));
    sums[kind]!.raw += body.length;
    sums[kind]!.gzip += gzipSync(body).length;
  });
  await page.goto(new URL(path, site.baseURL).href, { waitUntil: 'networkidle' });
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

const scores: Record<string, Record<string, number>> = {};
const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
for (const [name, path] of Object.entries(PAGES)) {
  const result = await lighthouse(new URL(path, site.baseURL).href, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const c = result?.lhr.categories ?? {};
  scores[name] = Object.fromEntries(Object.entries(c).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]));
}
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
console.log('page                        initial JS  all JS (gzip)  CSS (gzip)  HTML (gzip)');
for (const [name, b] of Object.entries(bytes)) {
  console.log(
    `${name.padEnd(26)}  ${kb(initialJs[name]!).padStart(10)}  ${kb(b.js!.gzip).padStart(13)}  ${kb(b.css!.gzip).padStart(10)}  ${kb(b.html!.gzip).padStart(10)}`,
  );
}
console.log(`offline precache: ${precached.length} files, ${kb(precacheBytes)}; search index: ${kb(pagefindBytes)}`);
console.log(`hela handboken printed: ${book.a4Pages} A4 pages (PDF ${kb(book.pdfBytes)})`);
console.log('lighthouse (mobile)          perf  a11y  best  seo');
for (const [name, s] of Object.entries(scores)) {
  console.log(
    `${name.padEnd(26)}  ${[s.performance, s.accessibility, s['best-practices'], s.seo].map((n) => String(n).padStart(4)).join('  ')}`,
  );
}
console.log('written: tests/bench/latest.json');
