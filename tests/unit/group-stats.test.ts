import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, orgSplit, rankByDisagreement, spread } from '../../src/lib/group/stats';

describe('spread of one question', () => {
  it.each([
    { values: [], expected: undefined },
    { values: [2], expected: { n: 1, min: 2, median: 2, max: 2, range: 0, scatter: 0 } },
    { values: [0, 2], expected: { n: 2, min: 0, median: 1, max: 2, range: 2, scatter: 1 } },
    { values: [3, 0, 1, 1, 2], expected: { n: 5, min: 0, median: 1, max: 3, range: 3, scatter: 0.8 } },
    { values: [1, 1, 1, 1], expected: { n: 4, min: 1, median: 1, max: 1, range: 0, scatter: 0 } },
  ])('$values', ({ values, expected }) => {
    const s = spread(values);
    if (expected === undefined) expect(s).toBeUndefined();
    else expect(s).toEqual({ ...expected, scatter: expect.closeTo(expected.scatter, 10) });
  });

  it('always has min ≤ median ≤ max and range = max − min', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 15 }), (values) => {
        const s = spread(values)!;
        expect(s.min).toBeLessThanOrEqual(s.median);
        expect(s.median).toBeLessThanOrEqual(s.max);
        expect(s.range).toBe(s.max - s.min);
        expect(median([...values].sort((a, b) => a - b))).toBe(s.median);
      }),
    );
  });
});

describe('ranking by disagreement', () => {
  it('puts the widest range first, breaks ties by scatter, and leaves out questions with fewer than two answers', () => {
    const ranked = rankByDisagreement([
      { item: 'enig', values: [2, 2, 2] },
      { item: 'delad', values: [0, 2, 2] },
      { item: 'splittrad', values: [0, 0, 2, 2] },
      { item: 'ensam', values: [0] },
      { item: 'ytterlighet', values: [0, 3] },
    ]);
    expect(ranked.map((r) => r.item)).toEqual(['ytterlighet', 'splittrad', 'delad', 'enig']);
  });
});

describe('between or within organisations', () => {
  it.each([
    {
      name: 'organisations disagree with each other',
      answers: [
        ['Kommunen', 0],
        ['Kommunen', 0],
        ['Regionen', 2],
        ['Regionen', 2],
      ],
      runs: 'between',
    },
    {
      name: 'people disagree inside each organisation',
      answers: [
        ['Kommunen', 0],
        ['Kommunen', 2],
        ['Regionen', 0],
        ['Regionen', 2],
      ],
      runs: 'within',
    },
    {
      name: 'everyone agrees',
      answers: [
        ['Kommunen', 1],
        ['Regionen', 1],
        ['Regionen', 1],
      ],
      runs: 'none',
    },
    {
      name: 'no organisations given',
      answers: [
        [undefined, 0],
        [undefined, 2],
      ],
      runs: 'unknown',
    },
  ] as const)('$name', ({ answers, runs }) => {
    expect(orgSplit(answers.map(([org, value]) => ({ org, value }))).runs).toBe(runs);
  });
});
