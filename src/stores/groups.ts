// The facilitator's groups, kept in localStorage under "samverkan:grupper" (format and checks in
// src/lib/group/model.ts), shared by every open tab and merged per group, round and member
// (src/lib/persist/merge-groups.ts, ./synced.ts). Unreadable data is kept aside (the last five
// copies) and the view starts empty with a notice – the same promise as the tools: nothing stored
// is lost. A change that storage refuses stays on screen, and $groupsProblem says why.
import { computed } from 'nanostores';
import { cleanLabel } from '../lib/codes/label';
import {
  addAnswers,
  addPerson,
  addRound,
  createGroup as newGroup,
  currentRound,
  decodeGroups,
  encodeGroups,
  exampleToGroup,
  LIMITS,
  randomId,
  replaceRound,
  today,
  uniqueIds,
  type Action,
  type ActionStatus,
  type AddOutcome,
  type ExampleGroup,
  type Group,
  type GroupsState,
} from '../lib/group/model';
import type { Answers } from '../lib/answers';
import type { CollectSummary } from '../lib/group/collect';
import type { CodeModels } from '../lib/codes/person-code';
import { STORAGE_PREFIX } from '../lib/persist/envelope';
import type { KeptCopy } from '../lib/persist/history';
import { mergeGroups, sameGroups, stampGroups } from '../lib/persist/merge-groups';
import { createSynced, type SaveProblem, type SaveResult } from './synced';

const KEY = `${STORAGE_PREFIX}grupper`;
const EMPTY: GroupsState = { groups: [] };

const synced = createSynced<GroupsState>(KEY, {
  empty: EMPTY,
  decode: decodeGroups,
  encode: encodeGroups,
  merge: mergeGroups,
  same: sameGroups,
});

export const $groups = synced.$value;
/** Stored groups that could not be read (and why), while the reader is told. */
export const $groupsUnreadable = synced.$unreadable;
/** Why the last change is not stored, or null. */
export const $groupsProblem = synced.$problem;
/** Earlier unreadable texts kept aside, newest first. */
export const $groupsCopies = synced.$copies;
/** For the tests and the notice: the reason unreadable groups were refused. */
export const $groupsNotice = computed(synced.$unreadable, (u) => u?.reason ?? null);

/** Changes the groups as stored right now (merged with this tab's): shown at once, stored when storage allows. */
function change(fn: (s: GroupsState) => GroupsState): SaveResult {
  return synced.change((fresh) => stampGroups(fresh, fn(fresh), Date.now()));
}

export const retryGroups = (): SaveResult => synced.retry();
export const discardUnreadableGroups = (): void => synced.discardUnreadable();

/**
 * Groups read back from a kept-aside copy, added beside today's (renamed where an id is taken).
 * Returns how many groups came back, or null when the copy cannot be read either.
 */
export function restoreCopy(copy: KeptCopy): number | null {
  const decoded = decodeGroups(copy.raw);
  if (!decoded.ok) return null;
  const back = decoded.value.groups;
  const result = change((s) => {
    const groups = uniqueIds([...s.groups, ...back]).slice(0, LIMITS.groups);
    return { ...s, groups, active: s.active ?? groups.at(-1)?.id };
  });
  return result.ok ? back.length : 0;
}

export const canRestore = (copy: KeptCopy): boolean => decodeGroups(copy.raw).ok;

/** The group shown in the view: the chosen one, or the newest. */
export const $activeGroup = computed(
  $groups,
  (s): Group | undefined => s.groups.find((g) => g.id === s.active) ?? s.groups[s.groups.length - 1],
);

function update(id: string, edit: (g: Group) => Group): SaveResult {
  return change((s) => ({ ...s, groups: s.groups.map((g) => (g.id === id ? edit(g) : g)) }));
}

/** An import into one group: stored whole, or – when storage refuses – not at all. */
function attemptUpdate(id: string, edit: (g: Group) => Group): SaveResult {
  return synced.attempt((fresh) =>
    stampGroups(fresh, { ...fresh, groups: fresh.groups.map((g) => (g.id === id ? edit(g) : g)) }, Date.now()),
  );
}

function insert(group: Group, all = false): InsertResult {
  let added = false;
  const fn = (s: GroupsState) => {
    added = s.groups.length < LIMITS.groups;
    return added ? { ...s, groups: [...s.groups, group], active: group.id } : s;
  };
  const result = all ? synced.attempt((fresh) => stampGroups(fresh, fn(fresh), Date.now())) : change(fn);
  if (!result.ok && all) return { problem: result.problem };
  return added ? { id: group.id } : { full: true };
}

export type InsertResult = { id: string } | { full: true } | { problem: SaveProblem };

export function createGroup(name: string, date = today()): string | undefined {
  const r = insert(newGroup(name, date));
  return 'id' in r ? r.id : undefined;
}

export function selectGroup(id: string): void {
  change((s) => ({ ...s, active: id }));
}

export function deleteGroup(id: string): void {
  change((s) => {
    const groups = s.groups.filter((g) => g.id !== id);
    return { ...s, groups, active: s.active === id ? groups[groups.length - 1]?.id : s.active };
  });
}

/** The group file was saved now: the view shows when, and stops suggesting it until the group changes. */
export function markFileSaved(groupId: string, now = new Date()): void {
  update(groupId, (g) => ({ ...g, savedFileAt: now.toISOString() }));
}

/**
 * A practice group from a case; it is marked as an example and becomes the active group. Opening
 * the same case again shows the practice group already made, rather than a second copy.
 */
export function addExampleGroup(example: ExampleGroup): string {
  const existing = $groups.get().groups.find((g) => g.example && g.example === cleanLabel(example.name));
  if (existing) {
    selectGroup(existing.id);
    return existing.id;
  }
  const r = insert(exampleToGroup(example));
  return 'id' in r ? r.id : '';
}

/** A group from a group file; it gets a new id, so that importing twice gives two groups. */
export function importGroup(group: Group): InsertResult {
  return insert({ ...group, id: randomId('g'), savedFileAt: undefined }, true);
}

export function startRound(groupId: string, date = today()): void {
  update(groupId, (g) => addRound(g, date));
}

/** The round with this id, or the current one (earlier rounds can be reopened and edited). */
const roundOf = (g: Group, roundId?: string) => g.rounds.find((r) => r.id === roundId) ?? currentRound(g);

export function setNextSteps(groupId: string, text: string, roundId?: string): void {
  update(groupId, (g) => replaceRound(g, { ...roundOf(g, roundId), nextSteps: text.slice(0, LIMITS.text) }));
}

/** The actions agreed in a round (what, who, by when), as edited in the view. */
export function setActions(groupId: string, roundId: string, actions: Action[]): void {
  const clip = (s: string) => s.slice(0, LIMITS.actionText);
  const clean = actions.slice(0, LIMITS.actions).map((a) => ({ id: a.id, what: clip(a.what), who: clip(a.who), by: clip(a.by) }));
  update(groupId, (g) => replaceRound(g, { ...roundOf(g, roundId), actions: clean }));
}

/** How far one of the round before's actions has come, as the group says in this round. */
export function setActionStatus(groupId: string, roundId: string, actionId: string, status: ActionStatus): void {
  update(groupId, (g) => {
    const round = roundOf(g, roundId);
    return replaceRound(g, { ...round, review: (round.review ?? []).map((a) => (a.id === actionId ? { ...a, status } : a)) });
  });
}

/** How many answers the facilitator waits for in a round; undefined = the round's own size. */
export function setExpected(groupId: string, roundId: string, expected: number | undefined): void {
  const n = expected !== undefined && Number.isInteger(expected) && expected > 0 ? Math.min(expected, LIMITS.members) : undefined;
  update(groupId, (g) => {
    const { expected: _old, ...round } = roundOf(g, roundId);
    return replaceRound(g, n === undefined ? round : { ...round, expected: n });
  });
}

export function removeMember(groupId: string, memberId: string, roundId?: string): void {
  update(groupId, (g) => {
    const round = roundOf(g, roundId);
    return replaceRound(g, { ...round, members: round.members.filter((m) => m.id !== memberId) });
  });
}

/**
 * Reads every code and link in any text – pasted, scanned, or a link opened on this device – into
 * the group's current round: one member per person, newer answers winning (src/lib/group/collect.ts).
 * The summary names no one; the view decides whether names are shown. Null when the group is gone.
 */
export interface Collected extends CollectSummary {
  /** the lines beyond MAX_LINES, not read: they stay for the reader to add next */
  rest: string;
  restLines: number;
  readLines: number;
  /** why nothing was stored (then nothing was added) */
  problem?: SaveProblem | undefined;
}

/** The most lines one paste reads; the rest are told and stay in the box. */
export const MAX_LINES = LIMITS.members * 10;

export async function collectIntoGroup(groupId: string, text: string, models: CodeModels): Promise<Collected | null> {
  // The reader of codes loads when answers first arrive, not with the group view.
  const { collectCodes } = await import('../lib/group/collect');
  const lines = text.split(/\r?\n/);
  const rest = lines.slice(MAX_LINES);
  let summary: CollectSummary | undefined;
  // Read into the stored group as it is now (another tab may have added people), written whole or not at all.
  const result = attemptUpdate(groupId, (group) => {
    const collected = collectCodes(currentRound(group), lines.slice(0, MAX_LINES).join('\n'), models);
    summary = collected.summary;
    return collected.summary.codes.length > 0 ? replaceRound(group, collected.round) : group;
  });
  if (!summary) return null;
  const restText = rest.join('\n').trim();
  return {
    ...summary,
    rest: restText,
    restLines: restText ? rest.filter((l) => l.trim()).length : 0,
    readLines: MAX_LINES,
    problem: result.ok ? undefined : result.problem,
  };
}

/** One person's answers given on this device (answering in turn). */
export function addTurn(groupId: string, tool: string, answers: Answers, name?: string, org?: string): AddOutcome {
  let outcome: AddOutcome = 'full';
  update(groupId, (g) => {
    const result = addAnswers(currentRound(g), { tool: tool, answers, name, org }, randomId, true);
    outcome = result.outcome;
    return replaceRound(g, result.round);
  });
  return outcome;
}

/** A person with answers to several tools, from a "Min självskattning" file. */
export function addPersonAnswers(groupId: string, answers: Record<string, Answers>): { added: boolean; problem?: SaveProblem } {
  let added = false;
  const result = attemptUpdate(groupId, (g) => {
    const r = addPerson(currentRound(g), answers);
    added = r.added;
    return replaceRound(g, r.round);
  });
  return result.ok ? { added } : { added: false, problem: result.problem };
}

export function dismissGroupsNotice(): void {
  synced.dismissUnreadable();
}
