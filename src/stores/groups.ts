// The facilitator's groups, kept in localStorage under "samverkan:grupper" (format and checks in
// src/lib/group/model.ts). Unreadable data is kept aside under "samverkan:grupper:oläsbar" and
// the view starts empty with a notice – the same promise as the tools: nothing stored is lost.
import { atom, computed } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
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
  type AddOutcome,
  type ExampleGroup,
  type Group,
  type GroupsState,
} from '../lib/group/model';
import type { Answers } from '../lib/answers';
import type { CollectSummary } from '../lib/group/collect';
import type { CodeModels } from '../lib/codes/person-code';
import { STORAGE_PREFIX } from '../lib/persist/envelope';
import { keepAside } from '../lib/persist/storage';

const KEY = `${STORAGE_PREFIX}grupper`;
const EMPTY: GroupsState = { groups: [] };

export const $groupsNotice = atom<string | null>(null);

export const $groups = persistentAtom<GroupsState>(KEY, EMPTY, {
  encode: encodeGroups,
  decode(raw) {
    const decoded = decodeGroups(raw);
    if (decoded.ok) return decoded.value;
    keepAside(KEY, raw);
    $groupsNotice.set(
      `De sparade grupperna kunde inte användas: ${decoded.reason}. Gruppvyn börjar därför tom. ` +
        'De gamla uppgifterna ligger kvar orörda i webbläsaren, och svaren i verktygen påverkas inte.',
    );
    return EMPTY;
  },
});

/** The group shown in the view: the chosen one, or the newest. */
export const $activeGroup = computed(
  $groups,
  (s): Group | undefined => s.groups.find((g) => g.id === s.active) ?? s.groups[s.groups.length - 1],
);

function update(id: string, change: (g: Group) => Group): void {
  const s = $groups.get();
  $groups.set({ ...s, groups: s.groups.map((g) => (g.id === id ? change(g) : g)) });
}

function insert(group: Group): string | undefined {
  const s = $groups.get();
  if (s.groups.length >= LIMITS.groups) return undefined;
  $groups.set({ groups: [...s.groups, group], active: group.id });
  return group.id;
}

export function createGroup(name: string, date = today()): string | undefined {
  return insert(newGroup(name, date));
}

export function selectGroup(id: string): void {
  $groups.set({ ...$groups.get(), active: id });
}

export function deleteGroup(id: string): void {
  const s = $groups.get();
  const groups = s.groups.filter((g) => g.id !== id);
  $groups.set({ groups, active: s.active === id ? groups[groups.length - 1]?.id : s.active });
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
  return insert(exampleToGroup(example)) ?? '';
}

/** A group from a group file; it gets a new id, so that importing twice gives two groups. */
export function importGroup(group: Group): string | undefined {
  return insert({ ...group, id: randomId('g') });
}

export function startRound(groupId: string, date = today()): void {
  update(groupId, (g) => addRound(g, date));
}

export function setNextSteps(groupId: string, text: string): void {
  update(groupId, (g) => replaceRound(g, { ...currentRound(g), nextSteps: text.slice(0, LIMITS.text) }));
}

export function removeMember(groupId: string, memberId: string): void {
  update(groupId, (g) => {
    const round = currentRound(g);
    return replaceRound(g, { ...round, members: round.members.filter((m) => m.id !== memberId) });
  });
}

/**
 * Reads every code and link in any text – pasted, scanned, or a link opened on this device – into
 * the group's current round: one member per person, newer answers winning (src/lib/group/collect.ts).
 * The summary names no one; the view decides whether names are shown. Null when the group is gone.
 */
export async function collectIntoGroup(groupId: string, text: string, models: CodeModels): Promise<CollectSummary | null> {
  // The reader of codes loads when answers first arrive, not with the group view.
  const { collectCodes } = await import('../lib/group/collect');
  const group = $groups.get().groups.find((g) => g.id === groupId);
  if (!group) return null;
  const { round, summary } = collectCodes(currentRound(group), text, models);
  if (summary.codes.length > 0) update(groupId, (g) => replaceRound(g, round));
  return summary;
}

/** One person's answers given on this device (answering in turn). */
export function addTurn(groupId: string, tool: string, answers: Answers, name?: string, org?: string): AddOutcome {
  const group = $groups.get().groups.find((g) => g.id === groupId);
  if (!group) return 'full';
  const result = addAnswers(currentRound(group), { tool: tool, answers, name, org }, randomId, true);
  update(groupId, (g) => replaceRound(g, result.round));
  return result.outcome;
}

/** A person with answers to several tools, from a "Min självskattning" file. */
export function addPersonAnswers(groupId: string, answers: Record<string, Answers>): boolean {
  const group = $groups.get().groups.find((g) => g.id === groupId);
  if (!group) return false;
  const result = addPerson(currentRound(group), answers);
  update(groupId, (g) => replaceRound(g, result.round));
  return result.added;
}

export function dismissGroupsNotice(): void {
  $groupsNotice.set(null);
}
