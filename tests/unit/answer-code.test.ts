// Answer codes: every answer set survives a round trip; random and mutated text is refused with
// a Swedish message and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checklistsModel,
  icebergModel,
  kollenModel,
  ladderModel,
  leadershipStylesModel,
  paybackModel,
  processModel,
  roleBalanceModel,
  staircaseModel,
  successModel,
} from '../support/models';
import { decodeAnswerCode, encodeAnswerCode, type CodeModel } from '../../src/lib/codes/answer-code';
import type { ToolId as CodedTool } from '../../src/tools/index';
import type { Answers } from '../../src/tools/shared/scale';
import { spaceFor } from '../../src/tools/derived';

const models: Record<CodedTool, CodeModel> = {
  samverkanskollen: { version: kollenModel.version, space: spaceFor('samverkanskollen', kollenModel) },
  ambitionstrappan: { version: ladderModel.version, space: spaceFor('ambitionstrappan', ladderModel) },
  'hindrens-isberg': { version: icebergModel.version, space: spaceFor('hindrens-isberg', icebergModel) },
  samverkanstrappan: { version: staircaseModel.version, space: spaceFor('samverkanstrappan', staircaseModel) },
  checklistor: { version: checklistsModel.version, space: spaceFor('checklistor', checklistsModel) },
  'styra-stodja-lara': { version: roleBalanceModel.version, space: spaceFor('styra-stodja-lara', roleBalanceModel) },
  ledarstilar: { version: leadershipStylesModel.version, space: spaceFor('ledarstilar', leadershipStylesModel) },
  framgang: { version: successModel.version, space: spaceFor('framgang', successModel) },
  processen: { version: processModel.version, space: spaceFor('processen', processModel) },
  'tid-och-fordelning': { version: paybackModel.version, space: spaceFor('tid-och-fordelning', paybackModel) },
};
const tools = Object.keys(models) as CodedTool[];

/** Any subset of a tool's questions answered with any of their options (and any amounts). */
function answersFor(tool: CodedTool): fc.Arbitrary<Answers> {
  const items = [...models[tool].space.options.entries()];
  const amounts = [...(models[tool].space.amounts ?? [])];
  return fc
    .tuple(
      fc.tuple(...items.map(([, options]) => fc.option(fc.constantFrom(...options), { nil: undefined }))),
      fc.tuple(...amounts.map(([, r]) => fc.option(fc.integer({ min: r.min, max: r.max }).map(String), { nil: undefined }))),
    )
    .map(([picked, sums]) => ({
      ...Object.fromEntries(items.flatMap(([id], i) => (picked[i] === undefined ? [] : [[id, picked[i]]]))),
      ...Object.fromEntries(amounts.flatMap(([id], i) => (sums[i] === undefined ? [] : [[id, sums[i]]]))),
    }));
}
const anyCode = fc.constantFrom(...tools).chain((tool) =>
  fc.record({
    tool: fc.constant(tool),
    answers: answersFor(tool),
    name: fc.option(fc.string({ maxLength: 80 }), { nil: undefined }),
    org: fc.option(fc.string({ maxLength: 80 }), { nil: undefined }),
  }),
);

describe('round trip', () => {
  it('decodes to the same answers, name and organisation (1,000 random sets)', () => {
    fc.assert(
      fc.property(anyCode, ({ tool, answers, name, org }) => {
        const code = encodeAnswerCode({ tool, version: models[tool].version, answers, name, org }, models[tool]);
        const back = decodeAnswerCode(code, models);
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        expect(back.value.tool).toBe(tool);
        expect(back.value.answers).toEqual(answers);
        // Names come back cleaned: trimmed, no control characters, at most 60 characters.
        expect(back.value.name ?? '').toBe((back.value.name ?? '').trim());
        expect((back.value.name ?? '').length).toBeLessThanOrEqual(60);
      }),
      { numRuns: 1000 },
    );
    // Generous: a thousand codes on a busy machine, a tool with a hundred amounts among them.
  }, 30_000);

  it('is short enough for a QR code and a link', () => {
    const all = Object.fromEntries([...models.checklistor.space.options.entries()].map(([id, o]) => [id, o[0]!]));
    const code = encodeAnswerCode(
      { tool: 'checklistor', version: 1, answers: all, name: 'Anna Andersson', org: 'Socialtjänsten' },
      models.checklistor,
    );
    expect(code.length).toBeLessThan(140);
    expect(code).toMatch(/^SVH1\.cl\.1\.[0-9a-z_]+\.[\w-]*\.[\w-]*\.[0-9a-z]+$/);
  });

  it('reads a code out of a link', () => {
    const code = encodeAnswerCode({ tool: 'ambitionstrappan', version: 1, answers: { 'ses-alls': 'ja' } }, models.ambitionstrappan);
    const back = decodeAnswerCode(`https://example.org/verktyg/ambitionstrappan/#kod=${encodeURIComponent(code)}`, models);
    expect(back).toMatchObject({ ok: true, value: { answers: { 'ses-alls': 'ja' } } });
  });
});

/** Replaces part `i` of a code (parts are separated by dots). */
function alter(code: string, i: number, change: (part: string) => string): string {
  const parts = code.split('.');
  parts[i] = change(parts[i]!);
  return parts.join('.');
}

describe('bad input never harms', () => {
  const valid = encodeAnswerCode(
    { tool: 'hindrens-isberg', version: 1, answers: { sekretess: '2' }, name: 'Kim' },
    models['hindrens-isberg'],
  );

  it.each([
    ['empty', '', /tom/],
    ['not a code', 'hej hej', /ingen svarskod/],
    ['a truncated code', valid.slice(0, -3), /ändrad eller ofullständig/],
    ['an altered answer', alter(valid, 3, (a) => `3${a.slice(1)}`), /ändrad eller ofullständig/],
    ['an altered name', alter(valid, 4, () => 'RXZh'), /ändrad eller ofullständig/],
    ['a future format', valid.replace('SVH1', 'SVH2'), /nyare version/],
    ['an oversized text', 'SVH1.' + 'a'.repeat(5000), /för lång/],
  ])('refuses %s', (_name, input, message) => {
    const r = decodeAnswerCode(input, models);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('refuses a code for another tool when one is expected', () => {
    const r = decodeAnswerCode(valid, models, 'ambitionstrappan');
    expect(r).toEqual({ ok: false, error: 'Koden gäller ett annat verktyg (Hindrens isberg).' });
  });

  it('returns names as plain text – markup stays characters, control characters go', () => {
    const code = encodeAnswerCode(
      { tool: 'ambitionstrappan', version: 1, answers: {}, name: '<img src=x onerror=alert(1)>\u202e\u0007' },
      models.ambitionstrappan,
    );
    const r = decodeAnswerCode(code, models);
    expect(r).toMatchObject({ ok: true, value: { name: '<img src=x onerror=alert(1)>' } });
  });

  it('refuses 1,000 random strings without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        expect(decodeAnswerCode(s, models).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses 1,000 mutated codes without throwing (or reads them only if the checksum still holds)', () => {
    const codes = fc
      .constantFrom(...tools)
      .chain((tool) => answersFor(tool).map((answers) => encodeAnswerCode({ tool, version: 1, answers }, models[tool])));
    const mutation = fc.record({
      at: fc.nat(),
      char: fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyz_.-ABC'),
      kind: fc.constantFrom('replace', 'delete', 'insert'),
    });
    fc.assert(
      fc.property(codes, mutation, (code, m) => {
        const i = m.at % code.length;
        const mutated =
          m.kind === 'replace'
            ? code.slice(0, i) + m.char + code.slice(i + 1)
            : m.kind === 'delete'
              ? code.slice(0, i) + code.slice(i + 1)
              : code.slice(0, i) + m.char + code.slice(i);
        const r = decodeAnswerCode(mutated, models);
        if (mutated !== code) expect(r.ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
