// Three kinds of tests (see README "Tests"):
//   unit       pure logic in node: schemas, scoring, codecs, statistics
//   component  Preact islands rendered into happy-dom
//   e2e        the built site (dist/) served on localhost and driven in Debian's Chromium
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          // …but inside a file, tests marked concurrent run two at a time (pages.test.ts).
          maxConcurrency: 2,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A browser on a busy two-core machine can take seconds to load search or hydrate.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
