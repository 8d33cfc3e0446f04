// The facilitator's groups, kept in localStorage under "samverkan:grupper" (format and checks in
// src/lib/group/model.ts). Unreadable data is kept aside under "samverkan:grupper:oläsbar" and
// the view starts empty with a notice – the same promise as the tools: nothing stored is lost.
import { atom, computed } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { cleanLabel, decodeAnswerCode, type CodeModel, type CodedTool } from '../lib/codes/answer-code';
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
  type Action,
  type ActionStatus,
  type AddOutcome,
  type ExampleGroup,
  type Group,
  type GroupsState,
} from '../lib/group/model';
import type { Answers } from '../lib/answers';
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

export interface LineReport {
  line: number;
  ok: boolean;
  message: string;
}

const OUTCOME: Record<AddOutcome, (who: string, tool: string) => string> = {
  added: (who, tool) => `${who} lades till med svar i ${tool}.`,
  joined: (who, tool) => `Svaren i ${tool} lades till hos ${who}.`,
  updated: (who, tool) => `${who}s tidigare svar i ${tool} ersattes med de nya.`,
  duplicate: (_who, tool) =>
    `Exakt samma svar i ${tool} fanns redan i gruppen, så raden lades inte till. Gäller det en annan person med samma svar? Be hen skriva sitt namn i koden.`,
  full: () => `Gruppen är full (högst ${LIMITS.members} personer).`,
};

/**
 * Reads answer codes or links, one per line, into the group's current round. Each line is judged
 * on its own: a bad line gives its reason and adds nothing; good lines are added.
 */
export function addCodes(
  groupId: string,
  text: string,
  models: Partial<Record<CodedTool, CodeModel>>,
  toolNames: Record<string, string>,
): LineReport[] {
  const group = $groups.get().groups.find((g) => g.id === groupId);
  if (!group) return [];
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, LIMITS.members * 10);
  let round = currentRound(group);
  const reports = lines.map((line, i): LineReport => {
    const decoded = decodeAnswerCode(line, models);
    if (!decoded.ok) return { line: i + 1, ok: false, message: decoded.error };
    const result = addAnswers(round, decoded.value);
    round = result.round;
    const who = decoded.value.name ?? 'En person';
    const ok = result.outcome !== 'full' && result.outcome !== 'duplicate';
    return { line: i + 1, ok, message: OUTCOME[result.outcome](who, toolNames[decoded.value.tool] ?? decoded.value.tool) };
  });
  update(groupId, (g) => replaceRound(g, round));
  return reports;
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
