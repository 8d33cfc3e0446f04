// Hindrens isberg: how strong the obstacles of each zone are, which zone weighs heaviest and
// which obstacles stand out. Ratings are 0–3; "vet inte" is an answer that scores nothing, and an
// unanswered obstacle is neither: both are left out of the zone's mean.
import type { Answers } from '../shared/scale';
import type { IcebergModel, IcebergObstacle, IcebergZone } from './schema';

import { UNKNOWN } from '../shared/scale';
import { EPSILON, rating, tallyRatings } from '../shared/ratings';

export { UNKNOWN };
/** Option ids of the ratings, "0" … "3", then "vet-inte". */
export const RATING_OPTIONS = ['0', '1', '2', '3', UNKNOWN] as const;

/** Means closer than this count as equal (ties). */

/** none: every rating 0; low: at most thresholds.low; high: at least thresholds.high. */
export type ZoneLevel = 'none' | 'low' | 'medium' | 'high';

export interface ZoneScore {
  zone: IcebergZone;
  total: number;
  /** obstacles given a rating 0–3 */
  rated: number;
  /** obstacles answered "vet inte" */
  unknown: number;
  /** obstacles not answered at all */
  unanswered: number;
  /** mean of the 0–3 ratings; undefined when none is rated */
  mean: number | undefined;
  level: ZoneLevel | undefined;
}

export interface RatedObstacle {
  obstacle: IcebergObstacle;
  zone: IcebergZone;
  rating: number;
}

export type IcebergPattern =
  /** formal obstacles strong, the deeper zones weak or unrated */
  | 'formal-only'
  /** a deeper zone weighs heaviest (alone or tied) */
  | 'deeper'
  /** the formal zone weighs heaviest, without the formal-only pattern */
  | 'formal'
  /** no obstacle marked above 0 */
  | 'none'
  /** nothing rated 0–3 yet */
  | undefined;

export interface IcebergResult {
  total: number;
  /** answered with a rating or "vet inte" */
  answered: number;
  rated: number;
  unknown: number;
  unanswered: number;
  /** top to bottom */
  zones: ZoneScore[];
  /**
   * The zone(s) with the highest mean, top to bottom. Several when their means are equal (a tie:
   * they weigh equally). Empty when nothing is rated or every rating is 0.
   */
  dominant: ZoneScore[];
  pattern: IcebergPattern;
  /**
   * Every obstacle rated thresholds.topFrom or more – the ones the group cites as standing in the
   * way: highest first, then in the model's order.
   */
  cited: RatedObstacle[];
  /** The first topMax of `cited`: the heaviest obstacles the result lists. */
  top: RatedObstacle[];
  /** How many more obstacles reached thresholds.topFrom than fit in `top`. */
  topMore: number;
}

export { rating };

export function zoneLevel(model: IcebergModel, mean: number | undefined): ZoneLevel | undefined {
  if (mean === undefined) return undefined;
  if (mean === 0) return 'none';
  if (mean >= model.thresholds.high - EPSILON) return 'high';
  if (mean <= model.thresholds.low + EPSILON) return 'low';
  return 'medium';
}

/** A zone's score over one person's answers – or, for a group, over everyone's (one answer set each). */
export function scoreZone(model: IcebergModel, zone: IcebergZone, ...answerSets: Answers[]): ZoneScore {
  const tally = tallyRatings(
    zone.obstacles.map((o) => o.id),
    answerSets,
  );
  return { zone, ...tally, level: zoneLevel(model, tally.mean) };
}

function patternOf(zones: ZoneScore[], dominant: ZoneScore[]): IcebergPattern {
  if (zones.every((z) => z.mean === undefined)) return undefined;
  if (dominant.length === 0) return 'none';
  const [formal, ...deeper] = zones;
  if (formal?.level === 'high' && deeper.every((z) => z.level === undefined || z.level === 'none' || z.level === 'low'))
    return 'formal-only';
  return dominant.some((z) => !z.zone.formal) ? 'deeper' : 'formal';
}

export function scoreIceberg(model: IcebergModel, answers: Answers): IcebergResult {
  const zones = model.zones.map((zone) => scoreZone(model, zone, answers));
  const highest = Math.max(...zones.map((z) => z.mean ?? -1));
  const dominant = highest > 0 ? zones.filter((z) => z.mean !== undefined && z.mean >= highest - EPSILON) : [];

  const cited = model.zones
    .flatMap((zone) => zone.obstacles.map((obstacle) => ({ obstacle, zone, rating: rating(answers, obstacle.id) })))
    .filter((o): o is RatedObstacle => typeof o.rating === 'number' && o.rating >= model.thresholds.topFrom)
    // Array.prototype.sort is stable: equal ratings keep the model's order, top zone first.
    .sort((a, b) => b.rating - a.rating);

  const sum = (key: 'rated' | 'unknown' | 'unanswered' | 'total') => zones.reduce((s, z) => s + z[key], 0);
  return {
    total: sum('total'),
    answered: sum('rated') + sum('unknown'),
    rated: sum('rated'),
    unknown: sum('unknown'),
    unanswered: sum('unanswered'),
    zones,
    dominant,
    pattern: patternOf(zones, dominant),
    cited,
    top: cited.slice(0, model.thresholds.topMax),
    topMore: Math.max(0, cited.length - model.thresholds.topMax),
  };
}
