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
import { addPersonCode, randomId, type NewId, type PersonOutcome, type Round } from './model';

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
