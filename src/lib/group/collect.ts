/**
 * Collecting answers into a round from anything pasted (or scanned): every code and link in the
 * text is found (src/lib/codes/extract.ts), read (person codes and older one-tool codes alike),
 * and added person by person (addPersonCode) – the same person once, newer answers winning. The
 * summary says what was read and what was not, by member id and line, never by name: whether
 * names are shown is for the view to decide ("Visa namn"). Pure: no storage, no DOM.
 */
import { CODE_ERRORS } from '../codes/answer-code';
import { extractCodes } from '../codes/extract';
import { decodePersonCode, type CodeModels } from '../codes/person-code';
import { cleanLabel } from '../codes/label';
import type { PersonCode } from '../codes/person-code';
import { addAnswers, LIMITS, randomId, same, sameAnswers, type AddOutcome, type Member, type NewId, type Round } from './model';

/** What happened to one tool's answers from a person code. */
export type ToolOutcome = 'added' | 'updated' | 'same' | 'older';

export interface PersonOutcome {
  outcome: AddOutcome | 'older';
  member?: Member | undefined;
  /** per tool in the code: whether its answers were taken */
  tools: { tool: string; outcome: ToolOutcome }[];
}

/**
 * Adds what one person code (or an SVH1 code, read as one) carries to a round. The same person is
 * one member: found by the device's person id, else – for a named code – by name and
 * organisation. Per tool the newer answers win; answers from an older code, or from a code with no
 * time over answers that have one, never replace what is there. An anonymous SVH1 code keeps the
 * old rule (a new member unless the very same answers are already there).
 */
export function addPersonCode(round: Round, code: PersonCode, newId: NewId = randomId): { round: Round; result: PersonOutcome } {
  const entries = Object.entries(code.tools);
  const name = cleanLabel(code.name);
  const org = cleanLabel(code.org);
  if (!code.person && !name && entries.length === 1) {
    const [tool, answers] = entries[0]!;
    const r = addAnswers(round, { tool, answers, org }, newId);
    const outcome: ToolOutcome = r.outcome === 'duplicate' ? 'same' : 'added';
    return { round: r.round, result: { outcome: r.outcome, member: r.member, tools: [{ tool, outcome }] } };
  }
  const match =
    (code.person ? round.members.find((m) => m.person === code.person) : undefined) ??
    (name ? round.members.find((m) => same(m.name, name) && same(m.org, org)) : undefined);
  if (!match) {
    if (round.members.length >= LIMITS.members) return { round, result: { outcome: 'full', tools: [] } };
    const member: Member = { id: newId('m'), name, org, answers: {} };
    if (code.person) member.person = code.person;
    for (const [tool, answers] of entries) member.answers[tool] = { ...answers };
    if (code.time) member.times = Object.fromEntries(entries.map(([tool]) => [tool, code.time!]));
    return {
      round: { ...round, members: [...round.members, member] },
      result: { outcome: 'added', member, tools: entries.map(([tool]) => ({ tool, outcome: 'added' })) },
    };
  }
  const answers = { ...match.answers };
  const times = { ...match.times };
  const tools = entries.map(([tool, incoming]): { tool: string; outcome: ToolOutcome } => {
    const had = match.answers[tool];
    const hadTime = match.times?.[tool];
    const take = () => {
      answers[tool] = { ...incoming };
      if (code.time) times[tool] = code.time;
      else delete times[tool];
    };
    if (!had) {
      take();
      return { tool, outcome: 'added' };
    }
    if (sameAnswers(had, incoming)) {
      if (code.time && (!hadTime || code.time > hadTime)) times[tool] = code.time;
      return { tool, outcome: 'same' };
    }
    // Times are ISO strings in UTC, so they compare as text. Undated answers over dated ones:
    // nothing says they are newer, so what is there stays.
    if (hadTime && (!code.time || code.time < hadTime)) return { tool, outcome: 'older' };
    take();
    return { tool, outcome: 'updated' };
  });
  const member: Member = { ...match, answers };
  if (!member.person && code.person) member.person = code.person;
  if (!member.name && name) member.name = name;
  if (!member.org && org) member.org = org;
  if (Object.keys(times).length) member.times = times;
  else delete member.times;
  const has = (o: ToolOutcome) => tools.some((t) => t.outcome === o);
  const outcome: PersonOutcome['outcome'] = has('updated') ? 'updated' : has('added') ? 'joined' : has('older') ? 'older' : 'duplicate';
  return { round: { ...round, members: round.members.map((m) => (m === match ? member : m)) }, result: { outcome, member, tools } };
}

export interface CollectedCode {
  line: number;
  outcome: PersonOutcome['outcome'];
  /** the member the code went to (absent when the group was full) */
  memberId?: string | undefined;
  tools: PersonOutcome['tools'];
  /** ISO time the code carried, if any */
  time?: string | undefined;
  /** names of tools in the code this page cannot read */
  skipped: string[];
}

export interface CollectSummary {
  /** every code read, in the order found */
  codes: CollectedCode[];
  /** the distinct people the codes were from */
  people: number;
  /** the distinct tools read */
  tools: string[];
  /** what could not be read: line and reason (Swedish, without names) */
  problems: { line: number; message: string }[];
}

export const COLLECT_MESSAGES = {
  incomplete: 'En kod är ofullständig eller ändrad. Be personen skicka länken igen.',
  noCode: 'En länk saknar svarskod.',
  nothing: 'Texten innehåller ingen svarskod eller länk med svar.',
} as const;

/** Reads every code in `text` into `round`. Never throws; a bad code adds nothing and is named. */
export function collectCodes(
  round: Round,
  text: string,
  models: CodeModels,
  newId: NewId = randomId,
): { round: Round; summary: CollectSummary } {
  const { found, unreadable } = extractCodes(text);
  const problems: { line: number; message: string }[] = unreadable.map((u) => ({
    line: u.line,
    message:
      u.reason === 'no-code' ? COLLECT_MESSAGES.noCode : u.reason === 'newer' ? CODE_ERRORS.newerFormat : COLLECT_MESSAGES.incomplete,
  }));
  const codes: CollectedCode[] = [];
  let current = round;
  for (const { code, line } of found) {
    const decoded = decodePersonCode(code, models);
    if (!decoded.ok) {
      problems.push({ line, message: decoded.error });
      continue;
    }
    const { round: next, result } = addPersonCode(current, decoded.value, newId);
    current = next;
    codes.push({
      line,
      outcome: result.outcome,
      memberId: result.member?.id,
      tools: result.tools,
      time: decoded.value.time,
      skipped: decoded.skipped,
    });
  }
  if (found.length === 0 && unreadable.length === 0 && text.trim()) problems.push({ line: 1, message: COLLECT_MESSAGES.nothing });
  problems.sort((a, b) => a.line - b.line);
  const people = new Set(codes.flatMap((c) => (c.memberId ? [c.memberId] : []))).size;
  const tools = [...new Set(codes.flatMap((c) => c.tools.map((t) => t.tool)))];
  return { round: current, summary: { codes, people, tools, problems } };
}
