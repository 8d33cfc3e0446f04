// The facilitator's groups as the view drives them: codes found in pasted text, turns, rounds, the
// practice group from a case, and what a fresh page load reads back.
import { beforeEach, describe, expect, it } from 'vitest';
import { answerSpace } from '../../src/lib/answers';
import { encodeAnswerCode, type CodeModel, type CodedTool } from '../../src/lib/codes/answer-code';
import { currentRound } from '../../src/lib/group/model';
import { readGroupInput } from '../../src/lib/group/files';
import { CODE_ITEMS } from '../support/models';
import { installFakeStorage, type FakeStorage } from '../support/fake-storage';
import {
  $activeGroup,
  $groups,
  addExampleGroup,
  collectIntoGroup,
  addTurn,
  createGroup,
  deleteGroup,
  importGroup,
  removeMember,
  retryGroups,
  setNextSteps,
  startRound,
  $groupsProblem,
} from '../../src/stores/groups';

let storage: FakeStorage;
beforeEach(() => {
  storage = installFakeStorage();
  for (const group of $groups.get().groups) deleteGroup(group.id);
  storage.clear();
});
const stored = () => JSON.parse(storage.getItem('samverkan:grupper')!);

const cl = CODE_ITEMS.checklistor;
const models: Partial<Record<CodedTool, CodeModel>> = {
  checklistor: { version: cl.version, space: answerSpace(cl.items.map(([id, options]) => ({ id, options }))) },
};
const code = (answers: Record<string, string>, name?: string) =>
  encodeAnswerCode({ tool: 'checklistor', version: cl.version, answers, name }, models.checklistor!);

describe('the groups store', () => {
  it('adds the codes found in pasted text, says which line failed, and persists', async () => {
    const id = createGroup('Styrgruppen', '2026-11-25')!;
    const summary = await collectIntoGroup(
      id,
      `Kim 10:32\n${code({ 'balans-problem': 'ja' }, 'Kim')}\n\nSVH1.cl.1.x\n${code({ 'balans-problem': 'nej' })}.`,
      models,
    );
    expect(summary?.codes.map((c) => [c.line, c.outcome])).toEqual([
      [2, 'added'],
      [5, 'added'],
    ]);
    expect(summary?.problems).toEqual([{ line: 4, message: expect.stringMatching(/ofullständig/) }]);
    expect(summary?.people).toBe(2);
    expect(currentRound($activeGroup.get()!).members).toHaveLength(2);
    expect(stored().groups[0].rounds[0].members).toHaveLength(2);
  });

  it('reads nothing into a group that is gone', async () => {
    expect(await collectIntoGroup('g-finns-inte', code({ 'balans-problem': 'ja' }), models)).toBeNull();
  });

  it('keeps rounds, next steps and removals on the current round', () => {
    const id = createGroup('G', '2026-01-10')!;
    addTurn(id, 'checklistor', { 'balans-problem': 'ja' });
    addTurn(id, 'checklistor', { 'balans-problem': 'ja' });
    setNextSteps(id, 'Kim bokar ett möte.');
    const first = currentRound($activeGroup.get()!);
    expect(first.members).toHaveLength(2);
    removeMember(id, first.members[0]!.id);
    expect(currentRound($activeGroup.get()!).members).toHaveLength(1);
    startRound(id, '2026-06-10');
    const g = $activeGroup.get()!;
    expect(g.rounds).toHaveLength(2);
    expect(g.rounds[0]!.nextSteps).toBe('Kim bokar ett möte.');
    expect(currentRound(g).members).toEqual([]);
  });

  it('opens a case’s practice group once, however often it is asked for', () => {
    createGroup('Egen grupp', '2026-11-25');
    const example = {
      name: 'IGA',
      description: 'x',
      members: [{ name: 'Kommunens representant', org: 'Kommunen', answers: { checklistor: { 'balans-problem': 'ja' } } }],
    };
    const first = addExampleGroup(example);
    createGroup('En till', '2026-11-25');
    expect(addExampleGroup(example)).toBe(first);
    expect($groups.get().groups.filter((g) => g.example === 'IGA')).toHaveLength(1);
    expect($activeGroup.get()!.id).toBe(first);
  });

  it('moves to another group when the shown one is deleted', () => {
    const a = createGroup('A', '2026-11-25')!;
    const b = createGroup('B', '2026-11-25')!;
    deleteGroup(b);
    expect($activeGroup.get()!.id).toBe(a);
    deleteGroup(a);
    expect($activeGroup.get()).toBeUndefined();
  });

  it('tells the lines beyond the limit and keeps them, and reads nothing into a group deleted meanwhile', async () => {
    const id = createGroup('G', '2026-11-25')!;
    const late = code({ 'balans-problem': 'ja' }, 'Sen');
    const text = [...Array.from({ length: 800 }, () => 'skräp'), late].join('\n');
    const r = await collectIntoGroup(id, text, models);
    expect(r?.codes).toHaveLength(0);
    expect(r?.restLines).toBe(1);
    expect(r?.rest).toBe(late);
    deleteGroup(id);
    expect(await collectIntoGroup(id, code({ 'balans-problem': 'ja' }), models)).toBeNull();
  });

  it('a paste on a full storage adds nothing, says why, and works once there is room', async () => {
    const id = createGroup('G', '2026-11-25')!;
    storage.setItem('fyll', 'x'.repeat(500));
    storage.quota = storage.used();
    const r = await collectIntoGroup(id, code({ 'balans-problem': 'ja' }, 'Kim'), models);
    expect(r?.problem).toBe('quota');
    expect(currentRound($activeGroup.get()!).members).toHaveLength(0);
    expect(stored().groups[0].rounds[0].members).toHaveLength(0);
    storage.removeItem('fyll');
    expect((await collectIntoGroup(id, code({ 'balans-problem': 'ja' }, 'Kim'), models))?.codes[0]?.outcome).toBe('added');
    expect(stored().groups[0].rounds[0].members).toHaveLength(1);
  });

  it('a single change on a full storage stays on screen and is stored on retry', () => {
    const id = createGroup('G', '2026-11-25')!;
    storage.setItem('fyll', 'x'.repeat(500));
    storage.quota = storage.used();
    addTurn(id, 'checklistor', { 'balans-problem': 'ja' });
    expect($groupsProblem.get()).toBe('quota');
    expect(currentRound($activeGroup.get()!).members).toHaveLength(1);
    storage.removeItem('fyll');
    expect(retryGroups()).toEqual({ ok: true });
    expect(stored().groups[0].rounds[0].members).toHaveLength(1);
  });

  it('a group file with repeated ids keeps every round and member apart (F6)', async () => {
    const member = (mid: string, name: string) => ({ id: mid, name, answers: {} });
    const file = JSON.stringify({
      format: 'samverkanshandboken-grupp',
      version: 1,
      group: {
        id: 'g',
        name: 'Fil',
        date: '2026-11-25',
        rounds: [
          { id: 'r-1', date: '2026-01-01', nextSteps: 'omgång 1', members: [member('m', 'Anna'), member('m', 'Bo')] },
          { id: 'r-1', date: '2026-02-01', nextSteps: 'omgång 2', members: [] },
        ],
      },
    });
    const content = readGroupInput(file, {});
    if (content.kind !== 'group') throw new Error(content.kind);
    expect(content.group.rounds.map((r) => r.id)).toEqual(['r-1', 'r-1-2']);
    expect(content.group.rounds[0]!.members.map((m) => m.id)).toEqual(['m', 'm-2']);
    const r = importGroup(content.group);
    if (!('id' in r)) throw new Error('not imported');
    // A paste goes into the last round only; removing Anna removes Anna only.
    await collectIntoGroup(r.id, code({ 'balans-problem': 'ja' }, 'Cleo'), models);
    removeMember(r.id, 'm');
    const g = $activeGroup.get()!;
    expect(g.rounds[0]!.members.map((m) => m.name)).toEqual(['Anna', 'Bo']);
    expect(g.rounds[0]!.nextSteps).toBe('omgång 1');
    expect(g.rounds[1]!.members.map((m) => m.name)).toEqual(['Cleo']);
  });

  it('a round date that is no date is refused', () => {
    const file = JSON.stringify({
      format: 'samverkanshandboken-grupp',
      version: 1,
      group: { id: 'g', name: 'Fil', date: '2026-13-45', rounds: [{ id: 'r', date: '2026-01-01', members: [] }] },
    });
    expect(readGroupInput(file, {}).kind).toBe('error');
  });
});
