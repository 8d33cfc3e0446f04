// The facilitator's groups as the view drives them: codes found in pasted text, turns, rounds, the
// practice group from a case, and what a fresh page load reads back.
import { cleanTestStorage, getTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { answerSpace } from '../../src/lib/answers';
import { encodeAnswerCode, type CodeModel, type CodedTool } from '../../src/lib/codes/answer-code';
import { currentRound } from '../../src/lib/group/model';
import { CODE_ITEMS } from '../support/models';
import {
  $activeGroup,
  $groups,
  addExampleGroup,
  collectIntoGroup,
  addTurn,
  createGroup,
  deleteGroup,
  removeMember,
  setNextSteps,
  startRound,
} from '../../src/stores/groups';

beforeAll(() => useTestStorageEngine());
afterEach(() => {
  $groups.set({ groups: [] });
  cleanTestStorage();
});

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
    expect(JSON.parse(getTestStorage()['samverkan:grupper']!).groups[0].rounds[0].members).toHaveLength(2);
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
});
