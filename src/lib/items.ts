// A tool's questions as one list: the single description from which the answer space, the
// answer code, the group view's spread and the CSV rows are all derived, so they cannot drift.
// Pure and cross-tool; each tool builds its list in src/tools/<id>/items.ts.
import type { AmountRange } from './amounts';
import { formatAmount } from './amounts';
import { answerSpace, fitAnswers, type Answers, type AnswerSpace } from './answers';
import type { CsvRow } from './export';
import type { CodeModel } from './codes/answer-code';

export interface ToolOption {
  /** the option id, as stored and in answer codes (its index in the list is its code digit) */
  id: string;
  label: string;
  /** the option's place on the item's scale; null for "vet inte" and other non-values */
  value: number | null;
  /** a short name for results ("steg 2") when the label is a whole sentence */
  short?: string;
}

export interface ToolItem {
  /** the item id, as in the tool's answers and its answer code */
  id: string;
  /** the question as the reader, the group view and the CSV show it */
  label: string;
  /** the heading it belongs to (level, zone, area …) */
  section: string;
  options: ToolOption[];
  /** true when a higher value is the better state (ja > nej); false for obstacles (3 = strong obstacle) */
  higherIsBetter: boolean;
}

/** An item answered with an amount (Tid och fördelning): no options, a range instead. */
export interface AmountItem {
  id: string;
  label: string;
  section: string;
  range: AmountRange;
}

/** What a tool asks: option items first, then amount items, both in answer-code order. */
export interface Questions {
  items: ToolItem[];
  amounts?: AmountItem[];
}

/** The answers that fit the questions (see fitAnswers in ./answers). */
export function spaceOf(q: Questions): AnswerSpace {
  return answerSpace(
    q.items.map((i) => ({ id: i.id, options: i.options.map((o) => o.id) })),
    q.amounts?.map((a) => ({ id: a.id, range: a.range })),
  );
}

/** What an answer code is built from: the model's version and the items with their options. */
export interface CodeItems {
  version: number;
  items: [string, string[]][];
  /** Amount items (tools that ask for amounts only), after the option items in the code. */
  amounts?: [string, AmountRange][];
  /** Earlier versions' items and options, by version, so that their codes still read. */
  legacy?: Record<number, [string, string[]][]>;
}

export function codeItemsOf(version: number, q: Questions, legacy?: Record<number, [string, string[]][]>): CodeItems {
  const code: CodeItems = { version, items: q.items.map((i) => [i.id, i.options.map((o) => o.id)]) };
  if (q.amounts) code.amounts = q.amounts.map((a) => [a.id, { ...a.range }]);
  if (legacy) code.legacy = legacy;
  return code;
}

/** The model an answer code is read and written with, from the items the page was given. */
export function codeModelOf(code: {
  version: number;
  items: [string, string[]][];
  amounts?: [string, AmountRange][] | undefined;
  legacy?: Record<number, [string, string[]][]> | undefined;
}): CodeModel {
  const spaceFrom = (items: [string, string[]][], amounts?: [string, AmountRange][]) =>
    answerSpace(
      items.map(([id, options]) => ({ id, options })),
      amounts?.map(([id, range]) => ({ id, range })),
    );
  const legacy = code.legacy
    ? Object.fromEntries(Object.entries(code.legacy).map(([v, items]) => [Number(v), spaceFrom(items)]))
    : undefined;
  return { version: code.version, space: spaceFrom(code.items, code.amounts), legacy };
}

/** An answer as a reader reads it: the option's label, an amount in Swedish, or empty. */
export function answerLabel(item: ToolItem | AmountItem, answer: string | undefined): string {
  if (answer === undefined) return '';
  if ('range' in item) return formatAmount(Number(answer));
  return item.options.find((o) => o.id === answer)?.label ?? '';
}

/** Every question and its answer as CSV rows, in the tool's order. */
export function csvRows(tool: string, q: Questions, answers: Answers): CsvRow[] {
  return [...q.items, ...(q.amounts ?? [])].map((item) => ({
    tool,
    section: item.section,
    item: item.label,
    answer: answerLabel(item, answers[item.id]),
  }));
}

/** How many items are answered, and how many of those say "vet inte". */
export function answeredCount(q: Questions, answers: Answers, unknown = 'vet-inte'): { answered: number; unknown: number; total: number } {
  const all = [...q.items, ...(q.amounts ?? [])];
  const given = all.filter((i) => answers[i.id] !== undefined);
  return { answered: given.length, unknown: given.filter((i) => answers[i.id] === unknown).length, total: all.length };
}

/** Only the answers that fit the questions (stored, imported or example answers may not). */
export function fitTo(answers: Answers, q: Questions): Answers {
  return fitAnswers(answers, spaceOf(q)).answers;
}
