// After Astro has written the site, and before the service worker lists the pages: each page's
// Content-Security-Policy is cut to its own inline scripts and styles (src/lib/csp/page-hashes.ts).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pageCsp } from '../lib/csp/page-hashes';

export function pageCspHashes(): AstroIntegration {
  return {
    name: 'samverkan:page-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        let pages = 0;
        for (const file of readdirSync(out, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          const path = join(out, file);
          const html = readFileSync(path, 'utf8');
          const cut = pageCsp(html);
          if (cut !== html) {
            writeFileSync(path, cut);
            pages++;
          }
        }
        logger.info(`säkerhetspolicy: egna hashar på ${pages} sidor`);
      },
    },
  };
}
