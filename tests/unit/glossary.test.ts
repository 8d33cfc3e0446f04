// Every glossary file is valid, and named so that it can be an anchor on /ordlista/.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { GLOSSARY_ID, glossaryEntrySchema } from '../../src/schemas/glossary';

const files = readdirSync('content/ordlista').filter((f) => f.endsWith('.yaml'));

describe.each(files)('content/ordlista/%s', (file) => {
  it('has a valid id and entry', () => {
    expect(file.replace(/\.yaml$/, '')).toMatch(GLOSSARY_ID);
    const result = glossaryEntrySchema.safeParse(parse(readFileSync(`content/ordlista/${file}`, 'utf8')));
    expect(result.error?.issues ?? []).toEqual([]);
  });
});

it('rejects an entry without a definition, naming the field', () => {
  const r = glossaryEntrySchema.safeParse({ term: 'samsyn', explainedIn: 'varfor-samverka' });
  expect(r.error?.issues[0]?.path).toEqual(['definition']);
});
