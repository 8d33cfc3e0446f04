// The merge rules two tabs live by (src/lib/persist/merge-answers.ts, merge-groups.ts): per
// answer and per group member, the newest change wins; deletions are remembered; the stored
// side's order comes first; merging is the same whichever tab does it.
import { describe, expect, it } from 'vitest';
import type { Stored } from '../../src/lib/persist/envelope';
import { mergeStored, sameStored, stampAnswers } from '../../src/lib/persist/merge-answers';
import { mergeGroups, sameGroups, stampGroups } from '../../src/lib/persist/merge-groups';
import type { Group, GroupsState, Member } from '../../src/lib/group/model';

const s = (answers: Record<string, string>, at: Record<string, number>): Stored => ({ answers, at });

describe('answers: per item, the newest change wins', () => {
  it.each([
    [
      'different items in each tab: both kept',
      s({ a: 'ja' }, { a: 1 }),
      s({ b: 'nej' }, { b: 2 }),
      s({ a: 'ja', b: 'nej' }, { a: 1, b: 2 }),
    ],
    ['same item, the stored change newer', s({ a: 'ja' }, { a: 5 }), s({ a: 'nej' }, { a: 3 }), s({ a: 'ja' }, { a: 5 })],
    ['same item, the tab’s change newer', s({ a: 'ja' }, { a: 3 }), s({ a: 'nej' }, { a: 5 }), s({ a: 'nej' }, { a: 5 })],
    ['cleared later than answered: stays clear', s({ a: 'ja' }, { a: 3 }), s({}, { a: 4 }), s({}, { a: 4 })],
    ['answered later than cleared: answer kept', s({}, { a: 4 }), s({ a: 'ja' }, { a: 6 }), s({ a: 'ja' }, { a: 6 })],
    [
      'same moment, answer against clearing: the answer (nothing lost)',
      s({}, { a: 4 }),
      s({ a: 'ja' }, { a: 4 }),
      s({ a: 'ja' }, { a: 4 }),
    ],
    [
      'same moment, two answers: the larger id, in both tabs',
      s({ a: 'ja' }, { a: 4 }),
      s({ a: 'nej' }, { a: 4 }),
      s({ a: 'nej' }, { a: 4 }),
    ],
    [
      'an undated (migrated) answer loses to any dated change',
      s({ a: 'ja' }, { a: 0 }),
      s({ a: 'nej' }, { a: 1 }),
      s({ a: 'nej' }, { a: 1 }),
    ],
    ['nothing stored yet: the tab’s answers', s({}, {}), s({ a: 'ja' }, { a: 1 }), s({ a: 'ja' }, { a: 1 })],
  ])('%s', (_name, stored, local, expected) => {
    expect(sameStored(mergeStored(stored, local), expected)).toBe(true);
    // The same result whichever tab merges: the tabs converge.
    expect(sameStored(mergeStored(local, stored), expected)).toBe(true);
    // Merging again changes nothing.
    expect(sameStored(mergeStored(mergeStored(stored, local), local), expected)).toBe(true);
  });

  it('dates every changed, new or cleared answer, and only those', () => {
    const prev = s({ a: 'ja', b: 'nej' }, { a: 10, b: 10, c: 3 });
    const next = stampAnswers(prev, { a: 'ja', b: 'ja', d: 'nej' }, 100);
    expect(next.at).toEqual({ a: 10, b: 100, c: 3, d: 100 });
    expect(stampAnswers(prev, { a: 'ja' }, 100).at.b).toBe(100);
    // A time ahead of the clock (another device) is passed, so that the change takes effect.
    expect(stampAnswers(s({ a: 'ja' }, { a: 500 }), { a: 'nej' }, 100).at.a).toBe(501);
  });
});

const m = (id: string, changedAt: number, extra: Partial<Member> = {}): Member => ({ id, answers: {}, changedAt, ...extra });
const g = (id: string, members: Member[], extra: Partial<Group> = {}): Group => ({
  id,
  name: id,
  date: '2026-11-25',
  changedAt: 1,
  rounds: [{ id: 'r1', date: '2026-11-25', nextSteps: '', members, changedAt: 1 }],
  ...extra,
});
const ids = (state: GroupsState) => state.groups.map((x) => `${x.id}:${x.rounds[0]!.members.map((y) => y.id).join(',')}`);

describe('groups: per member, matched by id', () => {
  it.each([
    [
      'two pastes into one round in two tabs: every person kept, the stored order first',
      { groups: [g('g1', [m('a', 1), m('b', 2)])] },
      { groups: [g('g1', [m('a', 1), m('c', 3)])] },
      ['g1:a,b,c'],
    ],
    [
      'a member removed in one tab is not brought back by a stale tab',
      { groups: [g('g1', [m('a', 1)])], removed: { 'g1/r1/b': 5 } },
      { groups: [g('g1', [m('a', 1), m('b', 2)])] },
      ['g1:a'],
    ],
    [
      'a group deleted in one tab stays deleted though the other pasted into it',
      { groups: [], removed: { g1: 9 } },
      { groups: [g('g1', [m('a', 1), m('z', 10)])] },
      [],
    ],
    ['groups made in two tabs: both kept', { groups: [g('g1', [])] }, { groups: [g('g2', [])] }, ['g1:', 'g2:']],
  ])('%s', (_name, stored, local, expected) => {
    const merged = mergeGroups(stored, local);
    expect(ids(merged)).toEqual(expected);
    expect(sameGroups(mergeGroups(merged, local as GroupsState), merged)).toBe(true);
  });

  it('keeps the newer version of a member, with fields it does not know', () => {
    const older = m('a', 1, { name: 'Kim' });
    const newer = { ...m('a', 7, { name: 'Kim' }), answers: { checklistor: { x: 'ja' } }, person: 'p-1' } as Member;
    const merged = mergeGroups({ groups: [g('g1', [older])] }, { groups: [g('g1', [newer])] });
    expect(merged.groups[0]!.rounds[0]!.members[0]).toEqual(newer);
  });

  it('stamps what changed and remembers what was removed', () => {
    const prev: GroupsState = { groups: [g('g1', [m('a', 1), m('b', 1)]), g('g2', [])] };
    const next: GroupsState = {
      groups: [{ ...prev.groups[0]!, rounds: [{ ...prev.groups[0]!.rounds[0]!, members: [m('a', 1), m('c', 0)] }] }],
    };
    const stamped = stampGroups(prev, next, 50);
    const members = stamped.groups[0]!.rounds[0]!.members;
    expect(members.map((x) => [x.id, x.changedAt])).toEqual([
      ['a', 1],
      ['c', 50],
    ]);
    expect(stamped.removed).toEqual({ 'g1/r1/b': 50, g2: 50 });
    // The round's own fields did not change, so neither did its time.
    expect(stamped.groups[0]!.rounds[0]!.changedAt).toBe(1);
  });

  it('keeps the tab’s own choice of group shown', () => {
    const merged = mergeGroups({ groups: [g('g1', []), g('g2', [])], active: 'g1' }, { groups: [g('g2', [])], active: 'g2' });
    expect(merged.active).toBe('g2');
  });
});
