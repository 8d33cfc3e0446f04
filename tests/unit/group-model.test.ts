// Groups: adding people's answers, who is who, and loading stored groups without trusting them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addAnswers,
  addPerson,
  addRound,
  createGroup,
  currentRound,
  decodeGroups,
  encodeGroups,
  exampleToGroup,
  GROUPS_VERSION,
  LIMITS,
  memberLabel,
  type Round,
} from '../../src/lib/group/model';

let n = 0;
const id = (prefix: string) => `${prefix}-${++n}`;
const empty = (): Round => ({ id: 'r', date: '2026-11-25', members: [], nextSteps: '' });
const code = (answers: Record<string, string>, name?: string, org?: string) => ({ tool: 'checklistor' as const, answers, name, org });

describe('adding answers to a round', () => {
  it.each([
    { case: 'anonymous, new', before: [], add: code({ a: 'ja' }), outcome: 'added', members: 1 },
    { case: 'anonymous, the same code twice', before: [code({ a: 'ja' })], add: code({ a: 'ja' }), outcome: 'duplicate', members: 1 },
    { case: 'anonymous, other answers', before: [code({ a: 'ja' })], add: code({ a: 'nej' }), outcome: 'added', members: 2 },
    { case: 'named, new', before: [code({ a: 'ja' }, 'Kim')], add: code({ a: 'ja' }, 'Alex'), outcome: 'added', members: 2 },
    {
      case: 'named, corrected answers',
      before: [code({ a: 'ja' }, 'Kim', 'AF')],
      add: code({ a: 'nej' }, 'kim', 'af'),
      outcome: 'updated',
      members: 1,
    },
    { case: 'named, same code again', before: [code({ a: 'ja' }, 'Kim')], add: code({ a: 'ja' }, 'Kim'), outcome: 'duplicate', members: 1 },
    {
      case: 'same name, other organisation',
      before: [code({ a: 'ja' }, 'Kim', 'AF')],
      add: code({ a: 'ja' }, 'Kim', 'FK'),
      outcome: 'added',
      members: 2,
    },
  ])('$case → $outcome', ({ before, add, outcome, members }) => {
    let round = empty();
    for (const c of before) round = addAnswers(round, c, id).round;
    const result = addAnswers(round, add, id);
    expect(result.outcome).toBe(outcome);
    expect(result.round.members).toHaveLength(members);
  });

  it('joins a named person’s answers to another tool to the same member', () => {
    let round = addAnswers(empty(), code({ a: 'ja' }, 'Kim'), id).round;
    const r = addAnswers(round, { tool: 'ambitionstrappan', answers: { b: 'nej' }, name: 'Kim', org: undefined }, id);
    round = r.round;
    expect(r.outcome).toBe('joined');
    expect(round.members).toHaveLength(1);
    expect(Object.keys(round.members[0]!.answers)).toEqual(['checklistor', 'ambitionstrappan']);
  });

  it('adds every turn on one device as a new person, even with the same answers', () => {
    let round = empty();
    for (let i = 0; i < 3; i++) round = addAnswers(round, code({ a: 'ja' }), id, true).round;
    expect(round.members).toHaveLength(3);
  });

  it('stops at the member limit and says so', () => {
    let round = empty();
    for (let i = 0; i < LIMITS.members; i++) round = addPerson(round, { checklistor: { a: 'ja' } }, id).round;
    expect(addAnswers(round, code({ a: 'nej' }), id).outcome).toBe('full');
    expect(addPerson(round, {}, id).added).toBe(false);
  });

  it('cleans names: no control characters, bounded length', () => {
    const r = addAnswers(empty(), code({ a: 'ja' }, `Ki\u0000m\u202e${'x'.repeat(200)}`), id);
    expect(r.member?.name).toMatch(/^Kimx+$/);
    expect(r.member?.name?.length).toBeLessThanOrEqual(60);
  });
});

describe('who is shown', () => {
  const round: Round = {
    ...empty(),
    members: [
      { id: 'm1', name: 'Kim', answers: {} },
      { id: 'm2', answers: {} },
    ],
  };
  it.each([
    { member: 0, showNames: false, expected: 'Person 1' },
    { member: 0, showNames: true, expected: 'Kim' },
    { member: 1, showNames: true, expected: 'Person 2' },
  ])('member $member, names shown: $showNames → $expected', ({ member, showNames, expected }) => {
    expect(memberLabel(round, round.members[member]!, showNames)).toBe(expected);
  });
});

describe('groups and rounds', () => {
  it('a new group has one empty round; a bad date becomes today', () => {
    const g = createGroup('  Ledningsgruppen ', 'igår', id);
    expect(g.name).toBe('Ledningsgruppen');
    expect(g.rounds).toHaveLength(1);
    expect(g.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('a new round starts empty and keeps the earlier ones', () => {
    const g = createGroup('G', '2026-01-10', id);
    const first = currentRound(g);
    const withMember = { ...g, rounds: [{ ...first, members: [{ id: 'm', answers: {} }] }] };
    const next = addRound(withMember, '2026-06-10', id);
    expect(next.rounds).toHaveLength(2);
    expect(currentRound(next).members).toEqual([]);
    expect(next.rounds[0]!.members).toHaveLength(1);
  });

  it('an example group is marked as an example', () => {
    const g = exampleToGroup(
      {
        name: 'IGA',
        description: 'x',
        members: [{ name: 'Kommunens representant', org: 'Kommunen', answers: { checklistor: { a: 'ja' } } }],
      },
      id,
      '2026-11-25',
    );
    expect(g.example).toBe('IGA');
    expect(currentRound(g).members[0]!.org).toBe('Kommunen');
  });
});

describe('loading stored groups', () => {
  const good = { groups: [createGroup('G', '2026-11-25', id)], active: undefined };

  it('round-trips', () => {
    const decoded = decodeGroups(encodeGroups(good));
    expect(decoded).toEqual({ ok: true, value: good });
  });

  it.each([
    { case: 'not JSON', raw: '{oops', reason: 'skadad data' },
    { case: 'newer version', raw: JSON.stringify({ v: GROUPS_VERSION + 1, groups: [] }), reason: 'nyare version' },
    { case: 'no version', raw: JSON.stringify({ groups: [] }), reason: 'okänt format' },
    { case: 'groups not a list', raw: JSON.stringify({ v: 1, groups: {} }), reason: 'okänt format' },
    { case: 'a broken group', raw: JSON.stringify({ v: 1, groups: [{ id: 'g', name: 'G', date: 'x', rounds: [] }] }), reason: 'skadad' },
    {
      case: 'script in answers',
      raw: JSON.stringify({
        v: 1,
        groups: [
          {
            id: 'g',
            name: 'G',
            date: '2026-11-25',
            rounds: [{ id: 'r', date: '2026-11-25', members: [{ id: 'm', answers: { checklistor: { a: '<script>' } } }] }],
          },
        ],
      }),
      reason: 'skadad',
    },
  ])('refuses $case with a Swedish reason', ({ raw, reason }) => {
    const d = decodeGroups(raw);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.reason).toContain(reason);
  });

  it('keeps a hostile name as plain text', () => {
    const raw = JSON.stringify({ v: 1, groups: [{ ...good.groups[0], name: '<img src=x onerror=alert(1)>' }] });
    const d = decodeGroups(raw);
    expect(d.ok && d.value.groups[0]!.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('never throws, whatever is stored', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ v: 1, groups: [v] })),
        ),
        (raw) => {
          const d = decodeGroups(raw);
          expect(typeof d.ok).toBe('boolean');
        },
      ),
      { numRuns: 1000 },
    );
  });
});
