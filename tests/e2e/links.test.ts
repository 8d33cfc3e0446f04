// A crawl of dist/: every internal link and asset resolves to a built file, and every #anchor
// exists on its target page. (Reads files only; the link targets are what a browser would get.)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../support/site-files';

const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

function fileFor(pathname: string): string | undefined {
  const rel = decodeURIComponent(pathname.startsWith(base) ? pathname.slice(base.length) : pathname.slice(1));
  const candidates = [join(DIST, rel), join(DIST, rel, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const root = parse(readFileSync(file, 'utf8'));
    ids = new Set(root.querySelectorAll('[id]').map((e) => e.getAttribute('id') ?? ''));
    idsCache.set(file, ids);
  }
  return ids;
}

describe.each(builtPages())('links on %s', (page) => {
  it('all resolve', () => {
    const file = fileFor(page === '/' ? base : base + page.slice(1));
    expect(file, `page ${page} not built`).toBeDefined();
    const root = parse(readFileSync(file!, 'utf8'));
    const broken: string[] = [];
    for (const el of root.querySelectorAll('a[href], link[href], script[src], img[src]')) {
      const raw = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
      if (/^(mailto:|tel:|data:)/.test(raw)) continue;
      const target = new URL(raw, `http://site${base === '/' ? page : base + page.slice(1)}`);
      if (target.host !== 'site') {
        if (el.tagName !== 'A' && el.tagName !== 'LINK') broken.push(`${raw} (other origin)`);
        continue;
      }
      const targetFile = fileFor(target.pathname);
      if (!targetFile) {
        broken.push(raw);
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor && targetFile.endsWith('.html') && !idsOf(targetFile).has(anchor)) broken.push(`${raw} (no #${anchor})`);
    }
    expect(broken).toEqual([]);
  });
});
