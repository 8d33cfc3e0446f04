// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

// The site can live under a sub-path of a static host (e.g. https://example.org/handbok/):
// build with BASE_PATH=/handbok/ and every internal link follows (chapters' links go through
// the <a> override in src/components/mdx/).
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact()],
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});
