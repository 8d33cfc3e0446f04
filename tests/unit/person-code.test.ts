// The person code (SVH2): everything one person answered in one code. Round trips for any answer
// sets across every registered tool, older SVH1 codes read as one anonymous, undated tool, and
// damaged or random text is refused with a Swedish message – never a throw.
import fc from 'fast-check';
import { encode as qr } from 'uqr';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../src/lib/codes/crc32';
import { encodeAnswerCode } from '../../src/lib/codes/answer-code';
import { decodePersonCode, encodePersonCode, MAX_PERSON_CODE_LENGTH, type CodeModels } from '../../src/lib/codes/person-code';
import { codeModelOf } from '../../src/lib/items';
import type { Answers } from '../../src/lib/answers';
import { TOOL_IDS } from '../../src/tools/index';
import { TOOL_META } from '../../src/tools/meta';
import { CODE_ITEMS } from '../support/models';
import all from './fixtures/answer-codes-all-tools-2026-12.json';

const models: CodeModels = Object.fromEntries(TOOL_IDS.map((id) => [id, codeModelOf(CODE_ITEMS[id])]));
const PERSON = 'k3j9x1ab';
const TIME = '2026-12-05T09:41:07.000Z';

/** Any subset of a tool's questions answered with any of their options and amounts. */
function answersFor(tool: string): fc.Arbitrary<Answers> {
  const m = models[tool]!;
  const items = [...m.space.options.entries()];
  const amounts = [...(m.space.amounts ?? [])];
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

const anyTools = fc
  .subarray([...TOOL_IDS], { minLength: 1 })
  .chain((ids) => fc.tuple(...ids.map((id) => answersFor(id).map((a) => [id, a] as const))))
  .map((pairs) => Object.fromEntries(pairs.filter(([, a]) => Object.keys(a).length > 0)))
  .filter((tools) => Object.keys(tools).length > 0);

const anyPerson = fc.record({
  person: fc.stringMatching(/^[0-9a-z]{8,12}$/),
  time: fc.integer({ min: 1_600_000_000, max: 2_500_000_000 }).map((s) => new Date(s * 1000).toISOString()),
  tools: anyTools,
  name: fc.option(fc.string({ maxLength: 80 }), { nil: undefined }),
  org: fc.option(fc.string({ maxLength: 80 }), { nil: undefined }),
});

/** Every option item at its last option, every amount at its largest: the longest code. */
function fullyAnswered(): Record<string, Answers> {
  return Object.fromEntries(
    TOOL_IDS.map((id) => {
      const m = models[id]!;
      const a: Answers = Object.fromEntries([...m.space.options.entries()].map(([item, o]) => [item, o[o.length - 1]!]));
      for (const [item, range] of m.space.amounts ?? []) a[item] = String(range.max);
      return [id, a];
    }),
  );
}

describe('person code round trip', () => {
  it('decodes 1,000 random people – any tools, answers, names – to the same answers, id and time', () => {
    fc.assert(
      fc.property(anyPerson, (p) => {
        const code = encodePersonCode(p, models);
        expect(code).toMatch(/^SVH2\.[0-9A-Za-z._~-]+[0-9a-z]$/);
        const back = decodePersonCode(code, models);
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        expect(back.format).toBe(2);
        expect(back.value.tools).toEqual(p.tools);
        expect(back.value.person).toBe(p.person);
        expect(back.value.time).toBe(p.time);
        expect((back.value.name ?? '').length).toBeLessThanOrEqual(60);
        // The code travels in a #fragment as it is: nothing a browser would percent-encode.
        expect(encodeURI(code)).toBe(code);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('carries every registered tool (derived from the registry, none left out)', () => {
    const code = encodePersonCode({ person: PERSON, time: TIME, tools: fullyAnswered() }, models);
    const shorts = code
      .split('.')
      .slice(5, -1)
      .filter((_, i) => i % 3 === 0);
    expect(shorts).toEqual(TOOL_META.filter((t) => TOOL_IDS.includes(t.id as never)).map((t) => t.code));
    const back = decodePersonCode(code, models);
    expect(back.ok && Object.keys(back.value.tools).sort()).toEqual([...TOOL_IDS].sort());
  });

  // Measured December 2026 (nine tools): the usual workshop code (every option tool fully answered,
  // long names) is 350 characters, its link a QR code of version 15; with Tid och fördelning's
  // amounts filled in as well, 767 characters and version 22. The bounds leave room for the check
  // (Samverkanskollen, about 35 questions: 40 characters more).
  it('the usual code fits a QR code of version 16 at medium error correction, the longest realistic one version 23', () => {
    // Every tool fully answered, Tid och fördelning's horizon at five years and its fields filled
    // with large amounts, and long names; on a site address of realistic length.
    const tools = fullyAnswered();
    const payback = tools['tid-och-fordelning']!;
    for (const key of Object.keys(payback)) if (/-(6|7|8|9|10)$/.test(key)) delete payback[key];
    const name = 'Anna-Karin Öberg Lindqvist-Johansson';
    const org = 'Arbetsförmedlingen, Region Skåne och Malmö stad';
    const code = encodePersonCode({ person: PERSON, time: TIME, tools, name, org }, models);
    const link = `https://samverkanshandboken.se/verktyg/samverkanskollen/#kod=${code}`;
    const { version } = qr(link, { ecc: 'M' });
    expect(version).toBeLessThanOrEqual(23);
    // Without Tid och fördelning's amounts (the usual workshop: the check and a few tools) it is far smaller.
    const { ['tid-och-fordelning']: _amounts, ...usual } = fullyAnswered();
    const small = encodePersonCode({ person: PERSON, time: TIME, tools: usual, name, org }, models);
    expect(qr(`https://samverkanshandboken.se/verktyg/samverkanskollen/#kod=${small}`, { ecc: 'M' }).version).toBeLessThanOrEqual(16);
  });

  it('the largest possible code stays under the length limit', () => {
    const long = '漢'.repeat(60);
    const code = encodePersonCode({ person: PERSON, time: TIME, tools: fullyAnswered(), name: long, org: long }, models);
    expect(code.length).toBeLessThanOrEqual(MAX_PERSON_CODE_LENGTH);
    expect(decodePersonCode(code, models).ok).toBe(true);
  });

  it('reads a link, a lower-cased start and a code with the time unknown', () => {
    const code = encodePersonCode({ person: PERSON, time: undefined, tools: { ambitionstrappan: { 'ses-alls': 'ja' } } }, models);
    expect(code.split('.')[2]).toBe('0');
    for (const text of [`https://example.org/verktyg/framgang/#kod=${code}`, `svh2${code.slice(4)}`]) {
      expect(decodePersonCode(text, models)).toMatchObject({ ok: true, value: { person: PERSON, time: undefined } });
    }
  });
});

describe('older one-tool codes (SVH1)', () => {
  it.each((all as { tool: string; code: string; answers: Answers; name?: string }[]).map((g) => [g.tool, g] as const))(
    '%s reads as one anonymous, undated tool',
    (_tool, g) => {
      const r = decodePersonCode(g.code, models);
      expect(r).toMatchObject({ ok: true, format: 1, value: { tools: { [g.tool]: g.answers } } });
      expect(r.ok && [r.value.person, r.value.time]).toEqual([undefined, undefined]);
    },
  );
});

/** A code with one part replaced and the checksum made right again (only the payload is hostile). */
function resign(code: string, i: number, part: string): string {
  const parts = code.split('.');
  parts[i] = part;
  const body = parts.slice(0, -1).join('.');
  return `${body}.${crc32(body).toString(36)}`;
}

describe('bad input never harms', () => {
  const valid = encodePersonCode({ person: PERSON, time: TIME, tools: { 'hindrens-isberg': { sekretess: '2' } }, name: 'Kim' }, models);

  it.each([
    ['empty', '', /tom/],
    ['not a code', 'hej hej', /ingen svarskod/],
    ['truncated', valid.slice(0, -2), /ändrad eller ofullständig/],
    ['a future format', `SVH3${valid.slice(4)}`, /nyare version/],
    ['oversized', `SVH2.${'a'.repeat(9000)}`, /för lång/],
    ['a bad person id', resign(valid, 1, 'X!'), /ändrad eller ofullständig/],
    ['a time with a leading zero', resign(valid, 2, '0abc'), /ändrad eller ofullständig/],
    ['a time beyond 2200', resign(valid, 2, 'zzzzzzz'), /ändrad eller ofullständig/],
    ['broken base64 in the name', resign(valid, 3, '@@'), /ändrad eller ofullständig/],
    ['the same tool twice', resign(valid, 8, `${valid.split('.')[7]}.hi.1`).replace(/\.[0-9a-z]+$/, ''), /ändrad|ofullständig/],
    ['no tools at all', 'SVH2.k3j9x1ab.0..' + '.' + crc32('SVH2.k3j9x1ab.0..').toString(36), /inga svar/],
  ])('refuses %s', (_name, input, message) => {
    const r = decodePersonCode(input, models);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('skips a tool it does not know but reads the rest, naming what it skipped', () => {
    const parts = valid.split('.');
    const body = [...parts.slice(0, -1), 'zz', '1', '0'].join('.');
    const r = decodePersonCode(`${body}.${crc32(body).toString(36)}`, models);
    expect(r).toMatchObject({ ok: true, skipped: ['zz'], value: { tools: { 'hindrens-isberg': { sekretess: '2' } } } });
  });

  it('refuses 1,000 random strings without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        expect(decodePersonCode(s, models).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses 1,000 mutated codes without throwing (or reads them only when the checksum still holds)', () => {
    const codes = anyPerson.map((p) => encodePersonCode(p, models));
    const mutation = fc.record({
      at: fc.nat(),
      char: fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyz_~.-ABCZ'),
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
        // The prefix is read case-insensitively, so "svh2" for "SVH2" is the same code.
        if (mutated.toUpperCase() === code.toUpperCase() && mutated.slice(4) === code.slice(4)) return;
        expect(() => decodePersonCode(mutated, models)).not.toThrow();
        expect(decodePersonCode(mutated, models).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('never throws on 1,000 doctored codes with a correct checksum, and reads only answers that fit', () => {
    const segment = fc.stringMatching(/^[0-9a-z_~]{0,40}$/);
    fc.assert(
      fc.property(fc.constantFrom(...TOOL_META.map((t) => t.code)), fc.constantFrom('1', '2', '9'), segment, (short, version, chars) => {
        const body = ['SVH2', PERSON, 'tmx0c2', '', '', short, version, chars].join('.');
        const r = decodePersonCode(`${body}.${crc32(body).toString(36)}`, models);
        if (!r.ok) return;
        for (const [tool, answers] of Object.entries(r.value.tools)) {
          const space = models[tool]!.space;
          for (const [item, value] of Object.entries(answers))
            expect(space.options.get(item)?.includes(value) || space.amounts?.has(item)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('an SVH1 code still reads (and an SVH1 code of a tool this page lacks is refused with a message)', () => {
    const old = encodeAnswerCode({ tool: 'framgang', version: models.framgang!.version, answers: {} }, models.framgang!);
    expect(decodePersonCode(old, { ambitionstrappan: models.ambitionstrappan })).toEqual({
      ok: false,
      error: 'Koden gäller ett verktyg som inte finns här.',
    });
  });
});
