// The group's answers to one tool: dots, spread, disagreement, org split, rounds compared –
// on the real models' group specs and on a small made-up one.
import { describe, expect, it } from 'vitest';
import type { Round } from '../../src/lib/group/model';
import type { GroupItem, GroupToolSpec } from '../../src/lib/group/spec';
import { compareRounds, disagreements, labelOf, normalise, toolStats } from '../../src/lib/group/tool-stats';
import { discussionQuestions, orgSummary } from '../../src/lib/group/handout';
import { CODE_ITEMS, GROUP_SPECS } from '../support/models';

const agree = [
  { id: 'ja', label: 'Ja', value: 2 },
  { id: 'delvis', label: 'Delvis', value: 1 },
  { id: 'nej', label: 'Nej', value: 0 },
  { id: 'vet-inte', label: 'Vet inte', value: null },
];
const item = (id: string, extra: Partial<GroupItem> = {}): GroupItem => ({
  id,
  label: `Fråga ${id}?`,
  section: 'Del',
  options: agree,
  higherIsBetter: true,
  ...extra,
});
const steps: GroupItem = item('steg', {
  options: [1, 2, 3, 4, 5].map((n) => ({ id: `s${n}`, label: `Steg ${n}: något långt`, short: `steg ${n}`, value: n })),
});
const spec: GroupToolSpec = { tool: 'test', name: 'Testet', version: 1, items: [item('a'), item('b'), steps] };
const round = (people: { org?: string; answers?: Record<string, string> }[]): Round => ({
  id: 'r',
  date: '2026-11-25',
  nextSteps: '',
  members: people.map((p, i) => ({ id: `m${i}`, org: p.org, answers: p.answers ? { test: p.answers } : {} })),
});

describe('one tool’s statistics', () => {
  const r = round([
    { org: 'Kommunen', answers: { a: 'ja', b: 'ja', steg: 's1' } },
    { org: 'Kommunen', answers: { a: 'nej', b: 'ja', steg: 's2' } },
    { org: 'AF', answers: { a: 'delvis', b: 'vet-inte' } },
    { org: 'AF' }, // answered another tool only
    { answers: { a: 'påhittad', x: 'ja' } }, // nothing the model knows: not a respondent
  ]);
  const stats = toolStats(spec, r);

  it('counts respondents and places a dot per value', () => {
    expect(stats.respondents).toBe(3);
    expect(stats.items[0]!.dots).toEqual([
      { member: 0, value: 2 },
      { member: 1, value: 0 },
      { member: 2, value: 1 },
    ]);
  });

  it.each([
    { id: 'a', n: 3, min: 0, median: 1, max: 2, unknown: 0, unanswered: 0 },
    { id: 'b', n: 2, min: 2, median: 2, max: 2, unknown: 1, unanswered: 0 },
    { id: 'steg', n: 2, min: 1, median: 1.5, max: 2, unknown: 0, unanswered: 1 },
  ])('item $id: n $n, $min–$median–$max, $unknown vet inte, $unanswered unanswered', ({ id, n, min, median, max, unknown, unanswered }) => {
    const s = stats.items.find((i) => i.item.id === id)!;
    expect(s.spread).toMatchObject({ n, min, median, max });
    expect(s.unknown).toBe(unknown);
    expect(s.unanswered).toBe(unanswered);
  });

  it('ranks by disagreement on each item’s own scale; full agreement is no disagreement', () => {
    // a: whole 0–2 scale (1.0); steg: 1 of 4 steps (0.25); b: everyone agrees → left out.
    expect(disagreements(stats).map((d) => d.item.item.id)).toEqual(['a', 'steg']);
  });

  it('tells whether disagreement runs between organisations or within them', () => {
    expect(stats.items[0]!.split.runs).toBe('within');
    const between = toolStats(
      spec,
      round([
        { org: 'K', answers: { a: 'ja' } },
        { org: 'K', answers: { a: 'ja' } },
        { org: 'AF', answers: { a: 'nej' } },
      ]),
    );
    expect(between.items[0]!.split.runs).toBe('between');
  });
});

describe('labels on the scale', () => {
  it.each([
    { value: 2, expected: 'Ja' },
    { value: 0, expected: 'Nej' },
    { value: 1.5, expected: 'mellan Delvis och Ja' },
  ])('agreement $value → $expected', ({ value, expected }) => expect(labelOf(item('a'), value)).toBe(expected));
  it('uses the short name of long options', () => {
    expect(labelOf(steps, 3)).toBe('steg 3');
    expect(labelOf(steps, 2.5)).toBe('mellan steg 2 och steg 3');
  });
  it('normalises to 0…1', () => {
    expect(normalise(steps, 1)).toBe(0);
    expect(normalise(steps, 5)).toBe(1);
    expect(normalise(item('a'), 1)).toBe(0.5);
  });
});

describe('rounds compared', () => {
  const before = round([{ answers: { a: 'nej', b: 'ja', steg: 's1' } }, { answers: { a: 'nej', b: 'ja', steg: 's1' } }]);
  const after = round([{ answers: { a: 'ja', b: 'nej', steg: 's2' } }, { answers: { a: 'ja', b: 'nej', steg: 's2' } }]);
  it('lists the moved medians, largest move first, and says which way is better', () => {
    const changes = compareRounds(spec, before, after);
    expect(changes.map((c) => [c.item.id, c.change, c.better])).toEqual([
      ['a', 2, true],
      ['b', -2, false],
      ['steg', 1, true],
    ]);
  });
  it('an obstacle rated lower is better', () => {
    const obstacle: GroupToolSpec = {
      ...spec,
      items: [item('o', { higherIsBetter: false, options: [0, 1, 2, 3].map((v) => ({ id: String(v), label: String(v), value: v })) })],
    };
    const r = (v: string) => round([{ answers: { o: v } }]);
    expect(compareRounds(obstacle, r('3'), r('1'))[0]!.better).toBe(true);
  });
});

describe('questions for the handout', () => {
  it('starts with the largest disagreements, then where everyone gave the worst answer', () => {
    const r = round([{ answers: { a: 'ja', b: 'nej' } }, { answers: { a: 'nej', b: 'nej' } }]);
    const q = discussionQuestions([toolStats(spec, r)], 3);
    expect(q.map((x) => x.text)).toEqual([
      '”Fråga a”: svaren går från nej till ja. Vad ser de som svarade olika som de andra inte ser?',
      'Alla svarade nej på ”Fråga b”. Vad behöver hända för att det ska ändras?',
    ]);
  });
  it('has nothing to ask with a single respondent', () => {
    expect(discussionQuestions([toolStats(spec, round([{ answers: { a: 'nej' } }]))])).toEqual([]);
  });
});

describe('the real tools’ group specs', () => {
  it.each(Object.entries(GROUP_SPECS))('%s lists the answer code’s items in its order, each with a valued option', (tool, s) => {
    const code = CODE_ITEMS[tool as keyof typeof CODE_ITEMS];
    expect(s.items.map((i) => i.id)).toEqual(code.items.map(([id]) => id));
    expect(s.amounts).toEqual(code.amounts);
    for (const [i, it] of s.items.entries()) {
      expect(it.options.map((o) => o.id)).toEqual(code.items[i]![1]);
      expect(it.options.some((o) => o.value !== null)).toBe(true);
    }
  });
});

describe('the organisation breakdown in words', () => {
  it.each([
    { runs: [], expected: undefined },
    { runs: ['unknown', 'none'], expected: undefined },
    { runs: ['between', 'between', 'within'], expected: 'mest mellan organisationerna (mellan: 2, inom: 1)' },
    { runs: ['within', 'both', 'within'], expected: 'mest inom organisationerna (mellan: 1, inom: 3)' },
    { runs: ['between', 'within'], expected: 'lika mycket mellan som inom organisationerna (mellan: 1, inom: 1)' },
  ] as const)('$runs', ({ runs, expected }) => {
    const s = orgSummary([...runs]);
    if (expected === undefined) expect(s).toBeUndefined();
    else expect(s).toContain(expected);
  });
});
