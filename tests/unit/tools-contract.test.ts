// The contract every registered tool keeps, checked over the registry – a new tool is covered
// without a new test: unique ids and short codes, one folder per tool that the registry knows,
// questions that round-trip through an answer code, nothing found in no answers, every link to
// read next lands on a real heading, and every finding rule in the README's table.
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAnswerCode, encodeAnswerCode } from '../../src/lib/codes/answer-code';
import { SEVERITIES, SEVERITY_LABELS } from '../../src/lib/findings';
import { codeModelOf, spaceOf } from '../../src/lib/items';
import { codeItemsFor, questionsOf, reportFor } from '../../src/tools/derived';
import { TOOLS, TOOL_IDS } from '../../src/tools/index';
import { TOOL_META } from '../../src/tools/meta';
import { MODELS } from '../support/models';

/** Every heading anchor of every chapter, as Astro writes them (github-slugger). */
function chapterAnchors(): Set<string> {
  const out = new Set<string>();
  for (const file of globSync('content/chapters/*.mdx')) {
    const text = readFileSync(file, 'utf8');
    const slug = file.replace(/^.*\/\d+-/, '').replace(/\.mdx$/, '');
    out.add(`/handboken/${slug}/`);
    const slugger = new GithubSlugger();
    for (const m of text.matchAll(/^#{2,6} (.+)$/gm)) out.add(`/handboken/${slug}/#${slugger.slug(m[1]!.trim())}`);
  }
  return out;
}

/** The README's table of findings, as the rules say it should read. */
export function findingsTable(): string {
  // The rule every tool shares ("vet inte") is one row.
  const shared = (id: string) => id.endsWith('/vet-inte');
  const rules = TOOL_IDS.flatMap((id) => TOOLS[id].rules);
  const once = rules.find((r) => shared(r.id));
  const rows = [...rules.filter((r) => !shared(r.id)), ...(once ? [{ ...once, id: '<verktyg>/vet-inte' }] : [])].sort(
    (a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.order - b.order || a.id.localeCompare(b.id),
  );
  return [
    '| Allvar | Ordning | Regel | När |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${SEVERITY_LABELS[r.severity]} | ${r.order} | \`${r.id}\` | ${r.when} |`),
  ].join('\n');
}

describe('the registry', () => {
  it('lists every tool folder, and every folder is in it', () => {
    const folders = globSync('src/tools/*/index.ts').map((f) => f.split('/').at(-2)!);
    expect(new Set(folders)).toEqual(new Set(TOOL_IDS));
    expect(TOOL_META.map((m) => m.id)).toEqual(TOOL_IDS);
  });

  it('gives every tool its own id, answer-code short name and place', () => {
    for (const key of ['id', 'code', 'order'] as const) expect(new Set(TOOL_META.map((m) => m[key])).size).toBe(TOOL_META.length);
    for (const id of TOOL_IDS) expect(TOOLS[id].id).toBe(id);
  });

  it('never gives a retired short name to another tool', () => {
    // The short names in answer codes people hold; a tool may be added, never renamed.
    const held = {
      ambitionstrappan: 'at',
      'hindrens-isberg': 'hi',
      samverkanstrappan: 'st',
      checklistor: 'cl',
      'styra-stodja-lara': 'ss',
      ledarstilar: 'ls',
      framgang: 'fg',
      processen: 'pr',
      'tid-och-fordelning': 'tf',
    };
    for (const [id, code] of Object.entries(held)) expect(TOOL_META.find((m) => m.code === code)?.id).toBe(id);
  });

  it('has every finding rule in the README’s table, in rank order', () => {
    let readme = readFileSync('README.md', 'utf8');
    if (process.env.UPDATE_README) {
      // Rewrites the table between its markers, as a snapshot update would.
      readme = readme.replace(
        /(<!-- findings:start[^>]*-->\n)[\s\S]*?(\n<!-- findings:end -->)/,
        (_, start: string, end: string) => start + findingsTable() + end,
      );
      writeFileSync('README.md', readme);
    }
    expect(readme, 'the findings table in README.md is out of date: run UPDATE_README=1 on this test').toContain(findingsTable());
  });
});

const anchors = chapterAnchors();

describe.each(TOOL_IDS)('%s', (id) => {
  const model = MODELS[id] as never;
  const q = questionsOf(id, model);
  const ids = [...q.items, ...(q.amounts ?? [])].map((i) => i.id);

  it('asks each question once, with unique options that have labels', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of q.items) {
      expect(new Set(item.options.map((o) => o.id)).size).toBe(item.options.length);
      expect(item.label.length).toBeGreaterThan(2);
      expect(item.options.every((o) => o.label.length > 0)).toBe(true);
    }
  });

  it('round-trips any answers through an answer code', () => {
    const code = codeModelOf(codeItemsFor(id, model));
    const answer = fc.record(
      Object.fromEntries(q.items.map((i) => [i.id, fc.option(fc.constantFrom(...i.options.map((o) => o.id)), { nil: undefined })])),
    );
    fc.assert(
      fc.property(answer, (raw) => {
        const answers = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) as Record<string, string>;
        const decoded = decodeAnswerCode(encodeAnswerCode({ tool: id, version: code.version, answers }, code), { [id]: code });
        expect(decoded).toEqual({ ok: true, value: { tool: id, version: code.version, answers, name: undefined, org: undefined } });
      }),
      { numRuns: 50 },
    );
    expect(spaceOf(q).options.size).toBe(q.items.length);
  });

  it('finds nothing when nothing is answered', () => {
    const r = reportFor(id, model, {});
    expect(r.findings).toEqual([]);
    expect(r.summary.answered).toBe(0);
    expect(r.summary.headline.length).toBeGreaterThan(10);
  });

  it('declares every rule its findings use, each with its tool’s prefix', () => {
    const declared = new Set(TOOLS[id].rules.map((r) => r.id));
    for (const rule of TOOLS[id].rules) expect(rule.id.startsWith(`${id}/`)).toBe(true);
    const answers = fc.sample(fc.record(Object.fromEntries(q.items.map((i) => [i.id, fc.constantFrom(...i.options.map((o) => o.id))]))), {
      numRuns: 200,
      seed: 7,
    });
    for (const a of answers) for (const f of reportFor(id, model, a).findings) expect(declared.has(f.rule.id), f.rule.id).toBe(true);
  });

  it('points every finding at a heading that exists', () => {
    const answers = fc.sample(fc.record(Object.fromEntries(q.items.map((i) => [i.id, fc.constantFrom(...i.options.map((o) => o.id))]))), {
      numRuns: 200,
      seed: 11,
    });
    for (const a of answers)
      for (const f of reportFor(id, model, a).findings) expect(anchors.has(f.read.href), `${f.rule.id} → ${f.read.href}`).toBe(true);
  });
});
