// The JavaScript a built page loads before the reader does anything: its module scripts, the
// islands that wake at once (client:load, client:idle, and client:visible with a margin wider than
// any screen) with their renderer, and everything those import statically. Dynamic import()s,
// islands that wait to be scrolled to (client:near too) and tool islands (client:tool, src/ui/tool/wake.ts: their
// questions work and are saved without them; they load when the reader reaches the result or
// touches a button) are left out. Inline scripts (Astro's island loader and its directives) count
// in the HTML's bytes, not here. Read from dist/, no browser.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]+from\s*)?["']([^"']+\.js)["']/g;

function closure(dist: string, entry: string, seen: Set<string>): void {
  if (seen.has(entry)) return;
  const file = join(dist, entry);
  if (!existsSync(file)) return;
  seen.add(entry);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(STATIC_IMPORT)) {
    const spec = m[1]!;
    const next = spec.startsWith('/') ? spec : join(entry, '..', spec);
    closure(dist, next.replace(/^\/+/, '/'), seen);
  }
}

/** The initial scripts of a built page, by path under dist (base "/" assumed). */
export function initialScripts(dist: string, pagePath: string): string[] {
  const html = readFileSync(join(dist, pagePath, 'index.html'), 'utf8');
  const entries = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) entries.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) entries.add(m[1]!);
  for (const m of html.matchAll(/<astro-island[^>]*>/g)) {
    const tag = m[0];
    const client = /client="(\w+)"/.exec(tag)?.[1];
    const eager = client === 'load' || client === 'idle' || (client === 'visible' && tag.includes('100000px'));
    if (!eager) continue;
    for (const attr of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const url = new RegExp(`${attr}="([^"]+)"`).exec(tag)?.[1];
      if (url) entries.add(url);
    }
  }
  // Inline module scripts import too (Astro's island loaders are inline and import nothing).
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const i of m[1]!.matchAll(STATIC_IMPORT)) entries.add(i[1]!);
  }
  const seen = new Set<string>();
  for (const e of entries) closure(dist, e.startsWith('/') ? e : `/${e}`, seen);
  return [...seen].sort();
}

/** Gzip bytes of a page's initial JavaScript, each file compressed on its own (as served). */
export function initialJsGzip(dist: string, pagePath: string): number {
  return initialScripts(dist, pagePath).reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0);
}
