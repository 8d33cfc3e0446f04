// Before the end-to-end tests: checks that dist/ is built from the current sources, serves it on a
// free localhost port, and starts the one Chromium that every test file connects to. Stops both
// afterwards. The tests read the addresses with inject('baseURL') and inject('browserWSEndpoint').
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { LAUNCH_OPTIONS } from './chromium';
import { startPreview } from './preview';
import { DIST } from './site-files';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** the shared Chromium; empty when E2E_SHARED_BROWSER=0 (each file then launches its own) */
    browserWSEndpoint: string;
  }
}

/** What the build is made from; a file here newer than dist/ means dist/ is stale. */
const SOURCES = ['src', 'content', 'public', 'astro.config.mjs'];

/** The newest modification time under `path` (a file or a folder), with the file it belongs to. */
function newest(path: string): { file: string; mtime: number } {
  if (!existsSync(path)) return { file: path, mtime: 0 };
  const stat = statSync(path);
  if (!stat.isDirectory()) return { file: path, mtime: stat.mtimeMs };
  let best = { file: path, mtime: 0 };
  for (const name of readdirSync(path)) {
    const found = newest(join(path, name));
    if (found.mtime > best.mtime) best = found;
  }
  return best;
}

export function assertFreshDist(): void {
  if (!existsSync(`${DIST}/index.html`) || !existsSync(`${DIST}/pagefind/pagefind.js`)) {
    throw new Error(`${DIST}/ saknas eller saknar sökindex: kör "npm run build" före e2e-testerna (npm test gör det).`);
  }
  // dist/index.html is written by every build; the sources must not be newer than it.
  const built = statSync(`${DIST}/index.html`).mtimeMs;
  const source = SOURCES.map(newest).reduce((a, b) => (b.mtime > a.mtime ? b : a));
  if (source.mtime > built) {
    throw new Error(
      `${DIST}/ är äldre än källorna – kör npm run build (${source.file} ändrades ${new Date(source.mtime).toISOString()}, ` +
        `bygget är från ${new Date(built).toISOString()}).`,
    );
  }
}

export default async function setup(project: TestProject) {
  assertFreshDist();
  const server = await startPreview();
  const chromiumServer = process.env.E2E_SHARED_BROWSER === '0' ? undefined : await chromium.launchServer(LAUNCH_OPTIONS);
  project.provide('baseURL', server.baseURL);
  project.provide('browserWSEndpoint', chromiumServer?.wsEndpoint() ?? '');
  return async () => {
    await chromiumServer?.close();
    await server.stop();
  };
}
