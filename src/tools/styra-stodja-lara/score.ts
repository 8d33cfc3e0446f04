// Styra – stödja – lära: how much the leadership group takes each of the twelve roles, how the
// three sides balance, and which of the manual's three common mistakes the answers point to.
// Ratings are 0–3; "vet inte" is an answer that scores nothing, and an unanswered role is neither:
// both are left out of a side's mean.
import { AGREEMENT, type Agreement, type Answers } from '../shared/scale';
import type { Role, RoleBalanceModel, RoleSide } from './schema';

import { UNKNOWN } from '../shared/scale';

export { UNKNOWN };
/** Option ids of the ratings, "0" … "3", then "vet-inte". */
export const RATING_OPTIONS = ['0', '1', '2', '3', UNKNOWN] as const;
import { SIDE_IDS, type SideId } from './vocab';
import { EPSILON, rating, tallyRatings } from '../shared/ratings';

export { SIDE_IDS, type SideId };

/** Means closer than this count as equal. */

export type SideLevel = 'weak' | 'medium' | 'strong';

export interface SideScore {
  side: RoleSide;
  total: number;
  /** roles given a rating 0–3 */
  rated: number;
  /** roles answered "vet inte" */
  unknown: number;
  /** roles not answered at all */
  unanswered: number;
  /** mean of the 0–3 ratings; undefined when none is rated */
  mean: number | undefined;
  level: SideLevel | undefined;
}

export interface RatedRole {
  role: Role;
  side: RoleSide;
  rating: number;
}

export type Balance =
  /** the rated sides' means lie within thresholds.gap of each other */
  | 'balanced'
  /** the strongest and the weakest rated side differ by thresholds.gap or more */
  | 'uneven'
  /** only one side is rated: nothing to compare yet */
  | 'one-side'
  /** no role rated 0–3 */
  | undefined;

export type Mistake = 'steeringWithoutSupport' | 'learningForgotten' | 'noInstruments';

export interface RoleBalanceResult {
  /** the twelve roles (the instruments question is not counted here) */
  total: number;
  /** roles answered with a rating or "vet inte" */
  answered: number;
  rated: number;
  unknown: number;
  unanswered: number;
  /** styra, stödja, lära */
  sides: SideScore[];
  balance: Balance;
  /** highest minus lowest mean among the rated sides; undefined when fewer than two are rated */
  spread: number | undefined;
  /** The rated side(s) with the highest and the lowest mean, in the model's order (only when uneven). */
  strongest: SideScore[];
  weakest: SideScore[];
  /** The mistakes the answers point to, in the manual's order. */
  mistakes: Mistake[];
  /** The answer to the instruments question. */
  instruments: Agreement | undefined;
  /** Roles rated thresholds.weakRole or lower, in the model's order. */
  weakRoles: RatedRole[];
}

export { rating };

export function sideLevel(model: RoleBalanceModel, mean: number | undefined): SideLevel | undefined {
  if (mean === undefined) return undefined;
  if (mean >= model.thresholds.high - EPSILON) return 'strong';
  if (mean <= model.thresholds.low + EPSILON) return 'weak';
  return 'medium';
}

function scoreSide(model: RoleBalanceModel, side: RoleSide, answers: Answers): SideScore {
  const tally = tallyRatings(
    side.roles.map((r) => r.id),
    [answers],
  );
  return { side, ...tally, level: sideLevel(model, tally.mean) };
}

function instrumentsAnswer(model: RoleBalanceModel, answers: Answers): Agreement | undefined {
  const a = answers[model.instruments.id];
  return (AGREEMENT as readonly string[]).includes(a ?? '') ? (a as Agreement) : undefined;
}

function mistakesOf(model: RoleBalanceModel, sides: Record<SideId, SideScore>, instruments: Agreement | undefined): Mistake[] {
  const { gap } = model.thresholds;
  const [steer, support, learn] = [sides.styra.mean, sides.stodja.mean, sides.lara.mean];
  const found: Mistake[] = [];
  if (steer !== undefined && support !== undefined && steer - support >= gap - EPSILON) found.push('steeringWithoutSupport');
  if (learn !== undefined) {
    const others = [steer, support].filter((m): m is number => m !== undefined);
    // Learning is forgotten when it is the weakest side (alone or tied) and either lags another
    // side by the gap or is weak in itself. When another side is lower, that side is the problem.
    const lowest = others.every((m) => learn <= m + EPSILON);
    const lags = others.some((m) => m - learn >= gap - EPSILON);
    if (lowest && (lags || sides.lara.level === 'weak')) found.push('learningForgotten');
  }
  if (instruments === 'ja' || instruments === 'delvis') found.push('noInstruments');
  return found;
}

export function scoreRoleBalance(model: RoleBalanceModel, answers: Answers): RoleBalanceResult {
  const sides = model.sides.map((side) => scoreSide(model, side, answers));
  const byId = Object.fromEntries(sides.map((s) => [s.side.id, s])) as Record<SideId, SideScore>;
  const rated = sides.filter((s) => s.mean !== undefined);
  const means = rated.map((s) => s.mean ?? 0);
  const spread = rated.length >= 2 ? Math.max(...means) - Math.min(...means) : undefined;

  let balance: Balance;
  if (rated.length === 0) balance = undefined;
  else if (spread === undefined) balance = 'one-side';
  else balance = spread >= model.thresholds.gap - EPSILON ? 'uneven' : 'balanced';

  const uneven = balance === 'uneven';
  const strongest = uneven ? rated.filter((s) => (s.mean ?? 0) >= Math.max(...means) - EPSILON) : [];
  const weakest = uneven ? rated.filter((s) => (s.mean ?? 0) <= Math.min(...means) + EPSILON) : [];

  const weakRoles = model.sides.flatMap((side) =>
    side.roles
      .map((role) => ({ role, side, rating: rating(answers, role.id) }))
      .filter((r): r is RatedRole => typeof r.rating === 'number' && r.rating <= model.thresholds.weakRole),
  );

  const instruments = instrumentsAnswer(model, answers);
  const sum = (key: 'rated' | 'unknown' | 'unanswered' | 'total') => sides.reduce((s, z) => s + z[key], 0);
  return {
    total: sum('total'),
    answered: sum('rated') + sum('unknown'),
    rated: sum('rated'),
    unknown: sum('unknown'),
    unanswered: sum('unanswered'),
    sides,
    balance,
    spread,
    strongest,
    weakest,
    mistakes: mistakesOf(model, byId, instruments),
    instruments,
    weakRoles,
  };
}
