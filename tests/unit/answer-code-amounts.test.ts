// Answer codes that carry amounts (Tid och fördelning): every amount set survives a round trip,
// damaged or doctored amount tokens are refused with a message and never throw, and the four
// earlier tools are written exactly as the codec wrote them before amounts existed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAmount } from '../../src/lib/amounts';
import type { AnswerSpace } from '../../src/lib/answers';
import { crc32 } from '../../src/lib/codes/crc32';
import { decodeAnswerCode, encodeAnswerCode, MAX_CODE_LENGTH, type CodedTool, type CodeModel } from '../../src/lib/codes/answer-code';
import { HORIZON_KEY } from '../../src/tools/tid-och-fordelning/score';
import { checklistsModel, icebergModel, ladderModel, paybackModel, staircaseModel } from '../support/models';
import type { Answers } from '../../src/tools/shared/scale';
import { spaceFor } from '../../src/tools/derived';

const tf: CodeModel = { version: paybackModel.version, space: spaceFor('tid-och-fordelning', paybackModel) };
const earlier: Partial<Record<CodedTool, CodeModel>> = {
  ambitionstrappan: { version: ladderModel.version, space: spaceFor('ambitionstrappan', ladderModel) },
  'hindrens-isberg': { version: icebergModel.version, space: spaceFor('hindrens-isberg', icebergModel) },
  samverkanstrappan: { version: staircaseModel.version, space: spaceFor('samverkanstrappan', staircaseModel) },
  checklistor: { version: checklistsModel.version, space: spaceFor('checklistor', checklistsModel) },
};
const models: Partial<Record<CodedTool, CodeModel>> = { ...earlier, 'tid-och-fordelning': tf };
const amountItems = [...tf.space.amounts!];
const max = paybackModel.maxAmount;

/** Any horizon (or none) and any subset of the fields, with amounts across the whole range. */
const amountSets: fc.Arbitrary<Answers> = fc
  .tuple(
    fc.option(fc.constantFrom(...tf.space.options.get(HORIZON_KEY)!), { nil: undefined }),
    fc.array(fc.option(fc.oneof(fc.constantFrom(0, 1, 35, 36, max), fc.integer({ min: 0, max })), { nil: undefined }), {
      minLength: amountItems.length,
      maxLength: amountItems.length,
    }),
  )
  .map(([horizon, sums]) => {
    const answers: Answers = horizon ? { [HORIZON_KEY]: horizon } : {};
    sums.forEach((n, i) => n !== undefined && (answers[amountItems[i]![0]] = String(n)));
    return answers;
  });

/** A code with its answer segment replaced and the checksum made right again. */
function resign(code: string, chars: string): string {
  const parts = code.split('.');
  parts[3] = chars;
  const body = parts.slice(0, 6).join('.');
  return `${body}.${crc32(body).toString(36)}`;
}

describe('round trip with amounts', () => {
  it('decodes 1,000 random amount sets to the same answers', () => {
    fc.assert(
      fc.property(amountSets, fc.option(fc.string({ maxLength: 60 }), { nil: undefined }), (answers, name) => {
        const code = encodeAnswerCode({ tool: 'tid-och-fordelning', version: tf.version, answers, name }, tf);
        expect(code.length).toBeLessThanOrEqual(MAX_CODE_LENGTH);
        const back = decodeAnswerCode(code, models, 'tid-och-fordelning');
        expect(back.ok).toBe(true);
        if (back.ok) expect(back.value.answers).toEqual(answers);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('writes an amount as base-36 digits between tildes, and an empty field as "_"', () => {
    const first = amountItems[0]![0];
    const code = encodeAnswerCode({ tool: 'tid-och-fordelning', version: 1, answers: { ar: '5', [first]: '1500' } }, tf);
    expect(code.split('.')[3]).toBe(`4~15o~${'_'.repeat(amountItems.length - 1)}`);
  });

  it('leaves out an amount that is not one (stored junk never reaches a code)', () => {
    const [first, second] = amountItems.map(([id]) => id);
    const code = encodeAnswerCode({ tool: 'tid-och-fordelning', version: 1, answers: { [first!]: '12x', [second!]: String(max + 1) } }, tf);
    expect(code.split('.')[3]).toBe(`_${'_'.repeat(amountItems.length)}`);
  });

  it('fits the longest possible code – every field at its largest, long non-Latin names – under the limit', () => {
    const answers: Answers = { ar: '10', ...Object.fromEntries(amountItems.map(([id]) => [id, String(max)])) };
    const name = '漢'.repeat(60);
    const code = encodeAnswerCode({ tool: 'tid-och-fordelning', version: 1, answers, name, org: name }, tf);
    expect(code.length).toBeLessThanOrEqual(MAX_CODE_LENGTH);
    expect(decodeAnswerCode(code, models)).toMatchObject({ ok: true, value: { answers, name } });
  });
});

describe('amount tokens that are wrong are refused, checksum or not', () => {
  const base = encodeAnswerCode({ tool: 'tid-och-fordelning', version: 1, answers: { ar: '5' } }, tf);
  const rest = '_'.repeat(amountItems.length - 1);
  it.each([
    { name: 'a leading zero', chars: `4~01~${rest}` },
    { name: 'an empty number', chars: `4~~${rest}` },
    { name: 'a number above the largest amount', chars: `4~${(max + 1).toString(36)}~${rest}` },
    { name: 'a missing closing tilde', chars: `4~15o${rest}` },
    { name: 'one token too many', chars: `4~15o~${rest}_` },
    { name: 'one token too few', chars: `4${rest}` },
    { name: 'capital letters', chars: `4~15O~${rest}` },
    { name: 'a digit run longer than any amount', chars: `4~${'z'.repeat(12)}~${rest}` },
    { name: 'a tilde among the options', chars: `~${'_'.repeat(amountItems.length)}` },
    { name: 'a bare number without tildes', chars: `415o${rest}` },
  ])('$name', ({ chars }) => {
    const r = decodeAnswerCode(resign(base, chars), models);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/ändrad eller ofullständig/) });
  });

  it('an earlier tool’s code with an amount token added is refused', () => {
    const code = encodeAnswerCode({ tool: 'checklistor', version: 1, answers: {} }, earlier.checklistor!);
    expect(decodeAnswerCode(resign(code, `${code.split('.')[3]}~1~`), models).ok).toBe(false);
  });

  it('refuses 1,000 mutated amount codes without throwing', () => {
    const codes = amountSets.map((answers) => encodeAnswerCode({ tool: 'tid-och-fordelning', version: 1, answers }, tf));
    const mutation = fc.record({
      at: fc.nat(),
      char: fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyz_~.-ABC'),
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
        if (mutated === code) return;
        expect(decodeAnswerCode(mutated, models).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('never throws on 1,000 doctored answer segments with a correct checksum, and lets through only amounts in range', () => {
    const base5 = encodeAnswerCode({ tool: 'tid-och-fordelning', version: 1, answers: {} }, tf);
    // Mostly well-formed tokens (so that about half the segments get past the tokeniser and the
    // range checks are exercised), now and then a broken one.
    const token = fc.oneof(
      { arbitrary: fc.constant('_'), weight: 70 },
      { arbitrary: fc.integer({ min: 0, max }).map((n) => `~${n.toString(36)}~`), weight: 70 },
      { arbitrary: fc.stringMatching(/^~[0-9a-z]{0,12}~$/), weight: 1 },
      { arbitrary: fc.constantFrom('~', '~0', '0~', '~~', '~01~', 'z', '-', '.', `~${(max + 1).toString(36)}~`), weight: 1 },
    );
    const segment = fc
      .tuple(fc.constantFrom(...'0123456789_~'), fc.array(token, { minLength: amountItems.length - 1, maxLength: amountItems.length + 1 }))
      .map(([h, t]) => h + t.join(''));
    let read = 0;
    fc.assert(
      fc.property(segment, (chars) => {
        const r = decodeAnswerCode(resign(base5, chars), models);
        if (!r.ok) return;
        read++;
        const space = tf.space as Required<AnswerSpace>;
        for (const [id, value] of Object.entries(r.value.answers)) {
          expect(space.options.get(id)?.includes(value) || isAmount(value, space.amounts.get(id))).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
    expect(read).toBeGreaterThan(0);
  }, 30_000);
});

/**
 * The encoder as it was before amounts (commit 1924723), kept here as the reference: for tools
 * without amounts the current encoder must write exactly the same text.
 */
function legacyEncode(
  tool: CodedTool,
  answers: Answers,
  name: string | undefined,
  space: AnswerSpace,
  version: number,
  short: string,
): string {
  const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
  const b64 = (text: string) => {
    let binary = '';
    for (const b of new TextEncoder().encode(text)) binary += String.fromCharCode(b);
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  };
  const clean = (t: string | undefined) =>
    (t ?? '')
      // eslint-disable-next-line no-control-regex -- control characters are what the codec strips
      .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g, '')
      .trim()
      .slice(0, 60);
  const chars = [...space.options.entries()].map(([item, options]) => {
    const i = options.indexOf(answers[item] ?? '');
    return i < 0 || i >= DIGITS.length ? '_' : DIGITS[i];
  });
  const body = ['SVH1', short, String(version), chars.join(''), b64(clean(name)), b64('')].join('.');
  void tool;
  return `${body}.${crc32(body).toString(36)}`;
}

describe('the four earlier tools are written as before', () => {
  const shorts: Record<string, string> = { ambitionstrappan: 'at', 'hindrens-isberg': 'hi', samverkanstrappan: 'st', checklistor: 'cl' };
  const tools = Object.keys(earlier);
  const answersFor = (tool: CodedTool): fc.Arbitrary<Answers> => {
    const items = [...earlier[tool]!.space.options.entries()];
    return fc
      .tuple(...items.map(([, options]) => fc.option(fc.constantFrom(...options), { nil: undefined })))
      .map((picked) => Object.fromEntries(items.flatMap(([id], i) => (picked[i] === undefined ? [] : [[id, picked[i]]]))));
  };

  it('1,000 random answer sets give the same code as the old encoder, and decode unchanged', () => {
    const cases = fc.constantFrom(...tools).chain((tool) =>
      fc.record({
        tool: fc.constant(tool),
        answers: answersFor(tool),
        name: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
      }),
    );
    fc.assert(
      fc.property(cases, ({ tool, answers, name }) => {
        const m = earlier[tool]!;
        const old = legacyEncode(tool, answers, name, m.space, m.version, shorts[tool]!);
        expect(encodeAnswerCode({ tool, version: m.version, answers, name }, m)).toBe(old);
        const back = decodeAnswerCode(old, models);
        expect(back.ok && back.value.answers).toEqual(answers);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);
});
