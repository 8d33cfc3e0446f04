// The JavaScript budget per page type: what a page loads before the reader does anything
// (tests/support/page-js.ts), gzip. A page that grows past its type's budget fails CI; lower a
// budget when a page gets lighter, so that it stays there. `npm run bench` prints the figures.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialJsGzip } from '../support/page-js';

const DIST = process.env.E2E_DIST ?? 'dist';
const KB = 1024;

/** Budgets in gzip bytes, the first matching pattern wins. */
export const BUDGETS: [RegExp, string, number][] = [
  // Each tool's scoring and model load by id when there are answers (src/components/tools/tool-entries.ts).
  // Issue 15's target, 20 KB, holds: saving and moving is an island
  // of its own (client:near), and the report is 18.9 KB.
  [/^verktyg\/min-sjalvskattning\/$/, 'Min självskattning', 20 * KB],
  // The open group (ActiveGroup.tsx) loads once there is one; the results' blocks, each tool's
  // scoring, model and picture, slides and comparison when needed. Issue 15's target, 25 KB, holds:
  // the shell (stored groups, their troubles, a code in the address) is 24.7 KB.
  [/^workshop\/gruppvy\/$/, 'gruppvyn', 25 * KB],
  // A tool's questions work and are saved before its island loads (src/ui/tool/wake.ts): the
  // island is not part of the first load. Nor is the service worker's helper (src/scripts/offline.ts).
  // Search loads when it is opened (src/scripts/search-open.ts).
  [/^verktyg\/[^/]+\/$/, 'ett verktyg', 2.5 * KB],
  [/.*/, 'en textsida', 2.5 * KB],
];

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : pages(p);
    return name === 'index.html' ? [relative(DIST, dir) + (dir === DIST ? '' : '/')] : [];
  });
}

describe('initial JavaScript per page, gzip', () => {
  it.each(pages(DIST).map((p) => [p || '/', p] as const))('%s stays within its budget', (_name, path) => {
    const [, type, budget] = BUDGETS.find(([re]) => re.test(path))!;
    const bytes = initialJsGzip(DIST, path);
    expect(bytes, `${path || '/'} (${type}): ${(bytes / KB).toFixed(1)} KB > ${(budget / KB).toFixed(0)} KB`).toBeLessThanOrEqual(budget);
  });
});

/** Issue 15: a chapter's first visit, all of it – HTML, styles, scripts, images – within 30 KB gzip. */
const FIRST_VISIT = 30 * KB;
const gz = (file: string) => gzipSync(readFileSync(join(DIST, file))).length;

describe('first visit of a chapter, everything, gzip', () => {
  const chapters = pages(DIST).filter((p) => /^handboken\/[^/]+\/$/.test(p));
  it.each(chapters)('%s', (path) => {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    const linked = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"|<img[^>]* src="(\/[^"]+)"/g)].map((m) => m[1] ?? m[2]!);
    const bytes = gz(join(path, 'index.html')) + linked.reduce((sum, f) => sum + gz(f), 0) + initialJsGzip(DIST, path);
    expect(bytes, `${path}: ${(bytes / KB).toFixed(1)} KB`).toBeLessThanOrEqual(FIRST_VISIT);
  });
});
