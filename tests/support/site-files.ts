// The pages of the built site, read straight from dist/.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The built site; E2E_DIST points the tests at another build folder. */
export const DIST = process.env.E2E_DIST ?? 'dist';

/** Every built page as a root-relative path: "/", "/handboken/samverkansledning/", … (not 404). */
export function builtPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name === 'index.html') {
        const rel = relative(DIST, dir).split(sep).join('/');
        out.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(DIST);
  return out.sort();
}

/** The script of a tool page's own island (its `client:tool` island), as the built page names it. */
export function islandScript(tool: string): string {
  const html = readFileSync(`${DIST}/verktyg/${tool}/index.html`, 'utf8');
  const url = /<astro-island[^>]*component-url="([^"]+)"[^>]*client="tool"/.exec(html)?.[1];
  if (!url) throw new Error(`${tool}: no client:tool island`);
  return url;
}
