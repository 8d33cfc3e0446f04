// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { searchAndOffline } from './src/integrations/search-and-offline';
import { pageCspHashes } from './src/integrations/page-csp';
import { toolWake } from './src/integrations/tool-wake';

// The site can live under a sub-path of a static host (e.g. https://example.org/handbok/):
// build with BASE_PATH=/handbok/ and every internal link follows (chapters' links go through
// the <a> override in src/components/mdx/).
const base = process.env.BASE_PATH ?? '/';
// The site's public address (https://example.org) for canonical links and printed addresses.
// Without SITE_URL the pages carry no canonical link rather than a wrong one.
const site = process.env.SITE_URL ? { site: process.env.SITE_URL } : {};

export default defineConfig({
  ...site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // pageCspHashes, then searchAndOffline last: they run after every page is written, and the
  // service worker must list the pages as they finally are.
  integrations: [mdx(), preact(), toolWake(), pageCspHashes(), searchAndOffline()],
  // No code blocks in the handbook; Shiki's inline styles would also clash with the CSP.
  markdown: { syntaxHighlight: false },
  // Content-Security-Policy as a <meta> tag on every page: only the site's own origin.
  // Astro adds hashes for its own scripts and styles; Pagefind's WebAssembly needs
  // 'wasm-unsafe-eval'.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // No preload lists for dynamic imports: a tool's scoring, loaded when there are answers, then
  // costs one more round trip for its shared parts, but no page carries the helper and the lists
  // of every chunk's dependencies in its first load (about 1 KB gzip on each page).
  // (Astro sets its own client build options, so the setting goes in through a plugin.)
  vite: {
    plugins: [
      {
        name: 'samverkan:no-module-preload',
        configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
      },
      {
        // Astro serves every style from its server build and never writes the client build's CSS
        // files. A module fetched with import() that imported a style of its own (a tool drawn in a
        // chapter) would list such a file, fail to fetch it and fail to load. So the browser's code
        // imports no CSS: each page links the styles it can need (src/components/mdx/ToolEmbed.astro).
        name: 'samverkan:styles-from-the-server',
        enforce: 'pre',
        applyToEnvironment: (environment) => environment.name === 'client',
        transform(code, id) {
          if (!/\/src\/.*\.tsx?$/.test(id)) return undefined;
          const stripped = code.replace(/^import ['"][^'"]+\.css['"];?$/gm, '');
          return stripped === code ? undefined : { code: stripped, map: null };
        },
      },
    ],
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});
