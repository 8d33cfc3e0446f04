// Ratings on a 0–3 scale, as the iceberg (obstacles per zone) and Styra – stödja – lära (roles
// per side) score them: one reading of an answer, and one tally of a set of items – over one
// person's answers or, in the group view, over everyone's.
import type { Answers } from '../../lib/answers';
import { UNKNOWN } from './scale';

/** Means closer than this count as equal. */
export const EPSILON = 1e-9;

/** A rating 0–3, "vet inte", or undefined when unanswered (or not a rating). */
export function rating(answers: Answers, id: string): number | typeof UNKNOWN | undefined {
  const a = answers[id];
  if (a === UNKNOWN) return UNKNOWN;
  return a === '0' || a === '1' || a === '2' || a === '3' ? Number(a) : undefined;
}

export interface RatingTally {
  /** items × answer sets */
  total: number;
  /** rated 0–3 */
  rated: number;
  unknown: number;
  unanswered: number;
  /** mean of the ratings given; undefined when none is */
  mean: number | undefined;
}

/** How the items are rated across the answer sets; "vet inte" and unanswered count, but not in the mean. */
export function tallyRatings(ids: readonly string[], answerSets: readonly Answers[]): RatingTally {
  const ratings = answerSets.flatMap((answers) => ids.map((id) => rating(answers, id)));
  const numbers = ratings.filter((r): r is number => typeof r === 'number');
  return {
    total: ratings.length,
    rated: numbers.length,
    unknown: ratings.filter((r) => r === UNKNOWN).length,
    unanswered: ratings.filter((r) => r === undefined).length,
    mean: numbers.length ? numbers.reduce((s, n) => s + n, 0) / numbers.length : undefined,
  };
}
