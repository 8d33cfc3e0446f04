// Group statistics for the group view: how a group's answers spread per question, where it
// disagrees most (lack of samsyn is itself a finding), and whether disagreement runs between the
// organisations or within them. Pure: numbers in, numbers out.
import type { Answers } from '../answers';

/** Below this many members the spread is shown with a warning (few answers, easy to identify). */
export const ANONYMITY_THRESHOLD = 3;

export interface Spread {
  /** how many answered with a value (not "vet inte", not unanswered) */
  n: number;
  min: number;
  median: number;
  max: number;
  /** max − min: the distance between the two most different answers */
  range: number;
  /** mean absolute deviation from the median – how scattered, not just how far apart */
  scatter: number;
}

export function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The spread of one question's values; undefined when nobody gave a value. */
export function spread(values: readonly number[]): Spread | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const med = median(sorted);
  return {
    n: sorted.length,
    min: sorted[0]!,
    median: med,
    max: sorted[sorted.length - 1]!,
    range: sorted[sorted.length - 1]! - sorted[0]!,
    scatter: sorted.reduce((s, v) => s + Math.abs(v - med), 0) / sorted.length,
  };
}

export interface RankedItem<T> {
  item: T;
  spread: Spread;
}

/**
 * Questions ordered by disagreement: the widest range first, then the most scattered; questions
 * fewer than two people answered cannot show disagreement and are left out.
 */
export function rankByDisagreement<T>(items: readonly { item: T; values: readonly number[] }[]): RankedItem<T>[] {
  return items
    .flatMap(({ item, values }) => {
      const s = spread(values);
      return s && s.n >= 2 ? [{ item, spread: s }] : [];
    })
    .sort((a, b) => b.spread.range - a.spread.range || b.spread.scatter - a.spread.scatter);
}

export interface OrgSplit {
  /** mean range inside each organisation with two or more answers */
  within: number | undefined;
  /** range of the organisations' medians */
  between: number | undefined;
  /** where the disagreement mainly lies */
  runs: 'between' | 'within' | 'both' | 'none' | 'unknown';
}

/**
 * Does a question divide the organisations, or people inside them? `answers` are the values with
 * each person's organisation (people without one are left out of this breakdown).
 */
export function orgSplit(answers: readonly { org: string | undefined; value: number }[]): OrgSplit {
  const byOrg = new Map<string, number[]>();
  for (const a of answers) if (a.org) byOrg.set(a.org, [...(byOrg.get(a.org) ?? []), a.value]);
  const groups = [...byOrg.values()];
  const inside = groups.filter((g) => g.length >= 2).map((g) => spread(g)!.range);
  const within = inside.length ? inside.reduce((s, r) => s + r, 0) / inside.length : undefined;
  const between = groups.length >= 2 ? spread(groups.map((g) => median([...g].sort((a, b) => a - b))))!.range : undefined;
  if (within === undefined && between === undefined) return { within, between, runs: 'unknown' };
  const w = within ?? 0;
  const b = between ?? 0;
  const runs = w === 0 && b === 0 ? 'none' : b > w ? 'between' : w > b ? 'within' : 'both';
  return { within, between, runs };
}

/** One person's answers to one tool, with their index in the round. */
export interface Answered {
  member: number;
  answers: Answers;
}

/** The median of unsorted values; undefined for none. */
export function middle(values: readonly number[]): number | undefined {
  return values.length ? median([...values].sort((a, b) => a - b)) : undefined;
}
