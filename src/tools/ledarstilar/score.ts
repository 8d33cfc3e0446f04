// Två ledarstilar: where the group's leadership stands on each of the six factors, on a line of
// five steps from boundary-preserving (1) to boundary-crossing (5), and the profile they make.
// "vet inte" is an answer that places nothing; an unanswered factor is neither: both are left out
// of the mean.
import type { Answers } from '../shared/scale';
import type { LeadershipFactor, LeadershipStylesModel } from './schema';

import { UNKNOWN } from '../shared/scale';

export { UNKNOWN };
/** Option ids of the steps, "1" (boundary-preserving) … "5" (boundary-crossing), then "vet-inte". */
export const POSITION_OPTIONS = ['1', '2', '3', '4', '5', UNKNOWN] as const;
/** The middle step: as much of both styles. */
const MIDDLE = 3;

/** Which pole a step or a mean leans towards. */
export type Lean = 'preserving' | 'mixed' | 'crossing';

export interface FactorPlace {
  factor: LeadershipFactor;
  /** 1–5; "vet-inte"; undefined when unanswered */
  position: number | typeof UNKNOWN | undefined;
  /** undefined unless placed 1–5 */
  lean: Lean | undefined;
}

export interface LeadershipStylesResult {
  total: number;
  /** placed 1–5 or answered "vet inte" */
  answered: number;
  placed: number;
  unknown: number;
  unanswered: number;
  /** in the model's order */
  factors: FactorPlace[];
  /** mean step of the placed factors; undefined when none is placed */
  mean: number | undefined;
  /** the profile as a whole; undefined when no factor is placed */
  overall: Lean | undefined;
  /** factors leaning preserving, the most preserving first (equal steps in the model's order) */
  preserving: FactorPlace[];
  /** factors leaning crossing, in the model's order */
  crossing: FactorPlace[];
  /** some factors lean one way and some the other */
  split: boolean;
}

export function position(answers: Answers, id: string): number | typeof UNKNOWN | undefined {
  const a = answers[id];
  if (a === UNKNOWN) return UNKNOWN;
  return a === '1' || a === '2' || a === '3' || a === '4' || a === '5' ? Number(a) : undefined;
}

/** A single factor's step: below the middle leans preserving, above it crossing. */
export function stepLean(step: number): Lean {
  if (step < MIDDLE) return 'preserving';
  return step > MIDDLE ? 'crossing' : 'mixed';
}

/** The profile's mean against the model's thresholds. */
export function overallLean(model: LeadershipStylesModel, mean: number | undefined): Lean | undefined {
  if (mean === undefined) return undefined;
  if (mean <= model.thresholds.preservingMax) return 'preserving';
  return mean >= model.thresholds.crossingMin ? 'crossing' : 'mixed';
}

export function scoreLeadershipStyles(model: LeadershipStylesModel, answers: Answers): LeadershipStylesResult {
  const factors: FactorPlace[] = model.factors.map((factor) => {
    const p = position(answers, factor.id);
    return { factor, position: p, lean: typeof p === 'number' ? stepLean(p) : undefined };
  });
  const steps = factors.flatMap((f) => (typeof f.position === 'number' ? [f.position] : []));
  const mean = steps.length ? steps.reduce((s, n) => s + n, 0) / steps.length : undefined;
  // Array.prototype.sort is stable: equal steps keep the model's order.
  const preserving = factors.filter((f) => f.lean === 'preserving').sort((a, b) => (a.position as number) - (b.position as number));
  const crossing = factors.filter((f) => f.lean === 'crossing');
  const unknown = factors.filter((f) => f.position === UNKNOWN).length;
  return {
    total: factors.length,
    answered: steps.length + unknown,
    placed: steps.length,
    unknown,
    unanswered: factors.filter((f) => f.position === undefined).length,
    factors,
    mean,
    overall: overallLean(model, mean),
    preserving,
    crossing,
    split: preserving.length > 0 && crossing.length > 0,
  };
}
