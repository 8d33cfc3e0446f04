// After Astro has written the site: build the Pagefind search index, then the service worker
// that precaches every page, asset and the index. The order matters – the worker must list the
// index files – which is why both steps live in one integration rather than two.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { generateSW } from 'workbox-build';

export function searchAndOffline(): AstroIntegration {
  return {
    name: 'samverkan:search-and-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);

        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind kunde inte starta: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: out });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        await index.writeFiles({ outputPath: join(out, 'pagefind') });
        await pagefind.close();
        logger.info(`sökindex: ${added.page_count} sidor`);

        const sw = await generateSW({
          globDirectory: out,
          globPatterns: ['**/*.{html,js,css,svg,png,webmanifest,json,wasm}', 'pagefind/**/*'],
          // The camera scanner's QR decoder (≈ 0.9 MB of WebAssembly, see
          // src/components/group/scan/) is not precached: every visitor would download it, and
          // only a facilitator without the browser's own BarcodeDetector ever uses it. It is
          // cached the first time the scanner opens (runtimeCaching below) and works offline after.
          globIgnores: ['sw.js', '_astro/zxing_reader*.wasm'],
          runtimeCaching: [
            {
              urlPattern: /\/_astro\/zxing_reader[^/]*\.wasm$/,
              // The file name carries a hash of its content: a cached copy is always the right one.
              handler: 'CacheFirst',
              options: { cacheName: 'qr-lasare', expiration: { maxEntries: 2 } },
            },
          ],
          swDest: join(out, 'sw.js'),
          // The reader decides when a new version takes over (see src/scripts/offline.ts).
          skipWaiting: false,
          clientsClaim: false,
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
          cleanupOutdatedCaches: true,
          // Pagefind adds a cache-busting query to its files; the precached copy is the same file.
          ignoreURLParametersMatching: [/.*/],
          // A page that is not in the cache (a mistyped address, offline) gets the site's 404 page.
          navigateFallback: '404.html',
          maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        });
        for (const w of sw.warnings) logger.warn(w);
        logger.info(`service worker: ${sw.count} filer, ${(sw.size / 1024).toFixed(0)} KB i förhandscachen`);
      },
    },
  };
}
