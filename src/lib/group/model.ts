/**
 * Groups for the group view: a steering group (or any group) assessed together, round by round.
 * Kept in localStorage under "samverkan:grupper" (src/stores/groups.ts) in this shape:
 *
 *   { "v": 1, "active": "g-…",
 *     "groups": [ { "id": "g-…", "name": "Ledningsgruppen", "date": "2026-11-25",
 *       "example": "Integration Genom Arbete",            ← only for example groups
 *       "rounds": [ { "id": "r-…", "date": "2026-11-25", "nextSteps": "fri text",
 *         "members": [ { "id": "m-…", "name": "Kim", "org": "Kommunen",
 *           "answers": { "ambitionstrappan": { "ses-alls": "ja", … }, … } } ] } ] } ] }
 *
 * Names and organisations are plain text, cleaned like those in answer codes. Loading checks every
 * field and never throws (decodeGroups); a newer "v" is refused so that nothing is overwritten by
 * an older page. Ids are made unique on load (a repeated id gets "-2", "-3" …: renamed, never
 * merged), and no name an object inherits (constructor, toString …) counts as an id or a tool.
 *
 * Optional fields that let two tabs merge (src/lib/persist/merge-groups.ts): "changedAt" (ms) on
 * groups, rounds and members – when the thing itself last changed – and at the top "removed":
 * { "<group>", "<group>/<round>", "<group>/<round>/<member>": ms } – what was deleted, and when.
 * A group may carry "savedFileAt" (ISO): when its group file was last saved. Pure: no storage, no DOM.
 */
import type { Answers } from '../answers';
import { asAnswers, isSafeKey } from '../answers-guard';
import type { AnswerCode } from '../codes/answer-code';
import { cleanLabel } from '../codes/label';

export const GROUPS_VERSION = 1;
/** Bounds that no real use comes near; they keep a hostile file from filling the page. */
export const LIMITS = { groups: 50, rounds: 20, members: 80, text: 2000, actions: 30, actionText: 300 } as const;

export interface Member {
  id: string;
  name?: string | undefined;
  org?: string | undefined;
  /** tool id → that person's answers */
  answers: Record<string, Answers>;
  /** when this member last changed (ms), for merging two tabs */
  changedAt?: number | undefined;
  /**
   * The anonymous id of the device the person answered on (from a person code, SVH2): the same
   * person is one member whatever they send, in whatever order. Absent for older codes.
   */
  person?: string | undefined;
  /** tool id → ISO time of the answers kept for it, when the code that brought them had one */
  times?: Record<string, string> | undefined;
}

export interface Round {
  id: string;
  /** ISO date (yyyy-mm-dd) the round was held */
  date: string;
  members: Member[];
  /** the next steps the group agreed, as written in the handout's free-text field (older rounds) */
  nextSteps: string;
  /** when the round's own fields last changed (ms), for merging two tabs */
  changedAt?: number | undefined;
  /** the actions the group agreed in this round: what, who, by when */
  actions?: Action[] | undefined;
  /** the round before's actions, carried in when this round began, with how far each has come */
  review?: ReviewedAction[] | undefined;
  /** how many answers the facilitator waits for ("6 av 8 har svarat"); else the round's size */
  expected?: number | undefined;
}

/** One agreed action. All three fields are free text; "by" is usually a date. */
export interface Action {
  id: string;
  what: string;
  who: string;
  by: string;
}

export const ACTION_STATUSES = ['klar', 'pagar', 'ej-paborjad'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** An action from the round before, looked back on: done, under way or not begun (unset: not asked yet). */
export interface ReviewedAction extends Action {
  status?: ActionStatus | undefined;
}

export interface Group {
  id: string;
  name: string;
  date: string;
  /** set for a practice group loaded from a case: the case's name */
  example?: string | undefined;
  /** oldest first */
  rounds: Round[];
  /** when the group's own fields last changed (ms), for merging two tabs */
  changedAt?: number | undefined;
  /** when the group file was last saved (ISO) */
  savedFileAt?: string | undefined;
}

export interface GroupsState {
  groups: Group[];
  active?: string | undefined;
  /** what was deleted, and when (ms): "<group>", "<group>/<round>" or "<group>/<round>/<member>" */
  removed?: Record<string, number> | undefined;
}

/** A practice group from a case (src/lib/cases), before it gets ids. */
export interface ExampleGroup {
  name: string;
  description: string;
  members: { name: string; org: string; answers: Record<string, Answers> }[];
}

export type NewId = (prefix: string) => string;
export const randomId: NewId = (prefix) => `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

const DATE_FORM = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar date written yyyy-mm-dd (not 2026-13-45). */
const DATE = {
  test: (d: string) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return DATE_FORM.test(d) && Number.isFinite(t) && new Date(t).toISOString().startsWith(d);
  },
};
export const today = (now = new Date()): string => now.toISOString().slice(0, 10);

export function createGroup(name: string, date: string, newId: NewId = randomId): Group {
  const d = DATE.test(date) ? date : today();
  return {
    id: newId('g'),
    name: cleanLabel(name) ?? 'Namnlös grupp',
    date: d,
    rounds: [{ id: newId('r'), date: d, members: [], nextSteps: '' }],
  };
}

export function currentRound(group: Group): Round {
  return group.rounds[group.rounds.length - 1]!;
}

/**
 * A new, empty round for assessing the same group again; the earlier rounds stay for comparison.
 * The last round's agreed actions come along, waiting for the group to say how far each has come –
 * "did we do what we agreed?" is where a second round starts.
 */
export function addRound(group: Group, date: string, newId: NewId = randomId): Group {
  if (group.rounds.length >= LIMITS.rounds) return group;
  const last = group.rounds[group.rounds.length - 1];
  const review = carriedActions(last);
  const round: Round = { id: newId('r'), date: DATE.test(date) ? date : today(), members: [], nextSteps: '' };
  return { ...group, rounds: [...group.rounds, review.length ? { ...round, review } : round] };
}

/**
 * What a new round carries in from the one before: its structured actions, and – for a round kept
 * from before actions had fields – its free-text next steps as one action, so nothing agreed is lost.
 */
export function carriedActions(round: Round | undefined): ReviewedAction[] {
  if (!round) return [];
  const actions = (round.actions ?? []).filter((a) => a.what.trim());
  if (actions.length) return actions.map((a) => ({ ...a }));
  const text = round.nextSteps.trim();
  return text ? [{ id: `${round.id}-steg`, what: text.slice(0, LIMITS.actionText), who: '', by: '' }] : [];
}

export function exampleToGroup(example: ExampleGroup, newId: NewId = randomId, date = today()): Group {
  return {
    id: newId('g'),
    name: cleanLabel(example.name) ?? 'Exempel',
    date,
    example: cleanLabel(example.name) ?? 'Exempel',
    rounds: [
      {
        id: newId('r'),
        date,
        nextSteps: '',
        members: example.members
          .slice(0, LIMITS.members)
          .map((m) => ({ id: newId('m'), name: cleanLabel(m.name), org: cleanLabel(m.org), answers: m.answers })),
      },
    ],
  };
}

export type AddOutcome = 'added' | 'joined' | 'updated' | 'duplicate' | 'full';

export const same = (a: string | undefined, b: string | undefined) =>
  (a ?? '').toLocaleLowerCase('sv') === (b ?? '').toLocaleLowerCase('sv');
export const sameAnswers = (a: Answers | undefined, b: Answers) =>
  !!a && Object.keys(a).length === Object.keys(b).length && Object.entries(b).every(([k, v]) => a[k] === v);

/**
 * Adds one person's answers to one tool to a round. A named code joins the member with the same
 * name and organisation (one person, several tools), replacing that person's earlier answers to
 * the same tool; an anonymous code is a new member unless the very same answers are already there
 * (the same code pasted twice) – except when people answer in turn on one device (`inTurn`), where
 * every turn is a new person.
 */
export function addAnswers(
  round: Round,
  code: Pick<AnswerCode, 'tool' | 'answers' | 'name' | 'org'>,
  newId: NewId = randomId,
  inTurn = false,
): { round: Round; outcome: AddOutcome; member?: Member } {
  const { tool, answers } = code;
  const name = cleanLabel(code.name);
  const org = cleanLabel(code.org);
  if (!inTurn && round.members.some((m) => !m.name && !name && same(m.org, org) && sameAnswers(m.answers[tool], answers))) {
    return { round, outcome: 'duplicate' };
  }
  const match = name ? round.members.find((m) => same(m.name, name) && same(m.org, org)) : undefined;
  if (match) {
    if (sameAnswers(match.answers[tool], answers)) return { round, outcome: 'duplicate', member: match };
    const member = { ...match, answers: { ...match.answers, [tool]: { ...answers } } };
    const outcome = match.answers[tool] ? 'updated' : 'joined';
    return { round: { ...round, members: round.members.map((m) => (m === match ? member : m)) }, outcome, member };
  }
  if (round.members.length >= LIMITS.members) return { round, outcome: 'full' };
  const member: Member = { id: newId('m'), name, org, answers: { [tool]: { ...answers } } };
  return { round: { ...round, members: [...round.members, member] }, outcome: 'added', member };
}

/** Adds a person with answers to several tools (a "Min självskattning" file) as one new member. */
export function addPerson(round: Round, answers: Record<string, Answers>, newId: NewId = randomId): { round: Round; added: boolean } {
  if (round.members.length >= LIMITS.members) return { round, added: false };
  return { round: { ...round, members: [...round.members, { id: newId('m'), answers }] }, added: true };
}

export function replaceRound(group: Group, round: Round): Group {
  return { ...group, rounds: group.rounds.map((r) => (r.id === round.id ? round : r)) };
}

/**
 * How a member is shown. Anonymous by default: "Person 3"; the name (as text, never HTML) only
 * when the facilitator chooses to show names.
 */
export function memberLabel(round: Round, member: Member, showNames: boolean): string {
  const n = round.members.indexOf(member) + 1;
  return showNames && member.name ? member.name : `Person ${n > 0 ? n : '?'}`;
}

// ── Loading: every field checked, nothing trusted ──────────────────────────────────────────────

const str = (v: unknown, max = 80): string | undefined => (typeof v === 'string' && v.length <= max ? v : undefined);
/** An id: short text that no object inherits. */
const ident = (v: unknown): string | undefined => {
  const s = str(v);
  return s && isSafeKey(s) ? s : undefined;
};
const time = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);

/** Repeated ids renamed "<id>-2", "<id>-3" … (the same way in every tab), so that nothing is merged or removed twice. */
export function uniqueIds<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.map((item) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return item;
    }
    let n = 2;
    while (seen.has(`${item.id}-${n}`) || items.some((i) => i.id === `${item.id}-${n}`)) n++;
    const id = `${item.id}-${n}`;
    seen.add(id);
    return { ...item, id };
  });
}
const obj = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

function asMember(v: unknown): Member | undefined {
  const m = obj(v);
  const id = ident(m?.id);
  const tools = obj(m?.answers);
  if (!m || !id || !tools) return undefined;
  const answers: Record<string, Answers> = {};
  for (const [tool, raw] of Object.entries(tools).slice(0, 20)) {
    const a = asAnswers(raw);
    if (!a || !/^[a-z0-9-]{1,40}$/.test(tool) || !isSafeKey(tool)) return undefined;
    answers[tool] = a;
  }
  const member: Member = {
    id,
    name: cleanLabel(str(m.name, 200)),
    org: cleanLabel(str(m.org, 200)),
    answers,
    changedAt: time(m.changedAt),
  };
  // Optional identity (person codes): checked like the rest; a bad one is dropped, not the member.
  const person = str(m.person, 24);
  if (person && PERSON_ID.test(person)) member.person = person;
  const times = obj(m.times);
  if (times) {
    const kept = Object.entries(times)
      .slice(0, 20)
      .filter(([tool, time]) => Object.hasOwn(answers, tool) && typeof time === 'string' && isTime(time));
    if (kept.length) member.times = Object.fromEntries(kept) as Record<string, string>;
  }
  return member;
}

const PERSON_ID = /^[0-9a-z]{6,24}$/;
const isTime = (v: string) => v.length <= 30 && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(v) && Number.isFinite(Date.parse(v));

function asRound(v: unknown): Round | undefined {
  const r = obj(v);
  const id = ident(r?.id);
  const date = str(r?.date);
  if (!r || !id || !date || !DATE.test(date) || !Array.isArray(r.members) || r.members.length > LIMITS.members) return undefined;
  const members = r.members.map(asMember);
  if (members.some((m) => !m)) return undefined;
  const nextSteps = typeof r.nextSteps === 'string' ? r.nextSteps.slice(0, LIMITS.text) : '';
  const round: Round = { id, date, members: uniqueIds(members as Member[]), nextSteps, changedAt: time(r.changedAt) };
  // The newer, optional fields: a broken one is dropped on its own rather than losing the round.
  const actions = asActions(r.actions);
  if (actions) round.actions = actions;
  const review = asActions(r.review);
  if (review) round.review = review;
  if (typeof r.expected === 'number' && Number.isInteger(r.expected) && r.expected > 0 && r.expected <= LIMITS.members) {
    round.expected = r.expected;
  }
  return round;
}

const text = (v: unknown): string => (typeof v === 'string' ? v.slice(0, LIMITS.actionText) : '');

/** Agreed (or reviewed) actions from storage; undefined when absent or not a list. */
function asActions(v: unknown): ReviewedAction[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v.slice(0, LIMITS.actions).flatMap((raw): ReviewedAction[] => {
    const a = obj(raw);
    const id = str(a?.id);
    if (!a || !id) return [];
    const status = ACTION_STATUSES.find((s) => s === a.status);
    const action: ReviewedAction = { id, what: text(a.what), who: text(a.who), by: text(a.by) };
    return [status ? { ...action, status } : action];
  });
}

export function asGroup(v: unknown): Group | undefined {
  const g = obj(v);
  const id = ident(g?.id);
  const name = cleanLabel(str(g?.name, 200));
  const date = str(g?.date);
  if (!g || !id || !name || !date || !DATE.test(date)) return undefined;
  if (!Array.isArray(g.rounds) || g.rounds.length === 0 || g.rounds.length > LIMITS.rounds) return undefined;
  const rounds = g.rounds.map(asRound);
  if (rounds.some((r) => !r)) return undefined;
  const savedFileAt = str(g.savedFileAt, 40);
  return {
    id,
    name,
    date,
    example: cleanLabel(str(g.example, 200)),
    rounds: uniqueIds(rounds as Round[]),
    changedAt: time(g.changedAt),
    savedFileAt: savedFileAt && Number.isFinite(Date.parse(savedFileAt)) ? savedFileAt : undefined,
  };
}

export type DecodedGroups = { ok: true; value: GroupsState } | { ok: false; reason: string };

export function encodeGroups(state: GroupsState): string {
  return JSON.stringify({ v: GROUPS_VERSION, active: state.active, groups: state.groups, removed: state.removed });
}

/** The record of deletions, if it reads as one; anything else counts as none (it only helps merging). */
function asRemoved(v: unknown): Record<string, number> | undefined {
  const r = obj(v);
  if (!r) return undefined;
  const out: Record<string, number> = {};
  for (const [path, at] of Object.entries(r).slice(0, 2000)) {
    const t = time(at);
    if (t !== undefined && path.length <= 250 && path.split('/').every(isSafeKey)) out[path] = t;
  }
  return out;
}

export function decodeGroups(raw: string): DecodedGroups {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'de sparade grupperna är inte läsbara (skadad data)' };
  }
  const d = obj(data);
  if (!d || typeof d.v !== 'number') return { ok: false, reason: 'de sparade grupperna har ett okänt format' };
  if (d.v > GROUPS_VERSION) return { ok: false, reason: 'de sparade grupperna kommer från en nyare version av handboken' };
  if (!Array.isArray(d.groups) || d.groups.length > LIMITS.groups)
    return { ok: false, reason: 'de sparade grupperna har ett okänt format' };
  const groups = d.groups.map(asGroup);
  if (groups.some((g) => !g)) return { ok: false, reason: 'en av de sparade grupperna är skadad' };
  const unique = uniqueIds(groups as Group[]);
  const active = str(d.active);
  return {
    ok: true,
    value: { groups: unique, active: unique.some((g) => g.id === active) ? active : undefined, removed: asRemoved(d.removed) },
  };
}
