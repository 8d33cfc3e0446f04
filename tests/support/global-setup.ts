// Serves the built site (dist/) on a free localhost port for the end-to-end tests, and stops it
// afterwards. The tests read the address with inject('baseURL').
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startPreview } from './preview';
import { DIST } from './site-files';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(`${DIST}/index.html`) || !existsSync(`${DIST}/pagefind/pagefind.js`)) {
    throw new Error(`${DIST}/ saknas eller saknar sökindex: kör "npm run build" före e2e-testerna (npm test gör det).`);
  }
  const server = await startPreview();
  project.provide('baseURL', server.baseURL);
  return () => server.stop();
}
