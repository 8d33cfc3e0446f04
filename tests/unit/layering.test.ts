// The layering rule (.ci/dependency-cruiser.cjs, run by `npm run lint`) must fail when a layer is
// crossed or a cycle appears – not just pass on today's tree. It runs here on a small tree with
// one deliberate fault per case, laid out like src/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function violations(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'svh-layers-'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { jsx: 'react-jsx', module: 'esnext', moduleResolution: 'bundler' } }),
  );
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  let out: string;
  try {
    out = execFileSync(
      join(root, 'node_modules/.bin/depcruise'),
      ['--config', join(root, '.ci/dependency-cruiser.cjs'), '--output-type', 'json', 'src'],
      { cwd: dir, encoding: 'utf8' },
    );
  } catch (e) {
    out = (e as { stdout: string }).stdout; // a violation makes depcruise exit non-zero
  }
  const result = JSON.parse(out) as { summary: { violations: { rule: { name: string } }[] } };
  return result.summary.violations.map((v) => v.rule.name).sort();
}

describe('the layering rule', () => {
  it.each([
    {
      name: 'a clean tree',
      files: { 'src/lib/a.ts': 'export const a = 1;\n', 'src/components/B.tsx': "import { a } from '../lib/a';\nexport const B = a;\n" },
      rules: [],
    },
    {
      name: 'lib reaching into a component',
      files: {
        'src/lib/a.ts': "import { B } from '../components/B';\nexport const a = B;\n",
        'src/components/B.tsx': 'export const B = 1;\n',
      },
      rules: ['data-not-from-components', 'lib-stays-pure'],
    },
    {
      name: 'lib reaching into a tool’s logic',
      files: {
        'src/lib/a.ts': "import { s } from '../tools/x/score';\nexport const a = s;\n",
        'src/tools/x/score.ts': 'export const s = 1;\n',
      },
      rules: ['lib-stays-pure'],
    },
    {
      name: 'a cycle through a type-only import',
      files: {
        'src/tools/x/schema.ts': "import type { S } from './score';\nexport type M = S;\nexport const m = 1;\n",
        'src/tools/x/score.ts': "import { m } from './schema';\nexport type S = number;\nexport const s = m;\n",
      },
      rules: ['no-circular'],
    },
    {
      name: 'an island importing a schema',
      files: {
        'src/tools/x/Island.tsx': "import { schema } from './schema';\nexport const I = schema;\n",
        'src/tools/x/schema.ts': 'export const schema = 1;\n',
      },
      rules: ['client-without-zod'],
    },
  ])('$name', ({ files, rules }) => {
    expect(violations(files)).toEqual(rules);
  });
});
