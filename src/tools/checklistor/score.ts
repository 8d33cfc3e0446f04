// Checklistor före start: each area is scored on its own, and the overall readiness is its
// weakest area – the chain breaks at its weakest link (manual 10.1.3) – with the mean beside it.
//   ja = 1, delvis = 0.5, nej = 0 (points from the model); "vet inte" and unanswered are counted
//   but left out of the share. An area is judged (gets a word) once enough of it is answered.
import type { Agreement, Answers } from '../shared/scale';
import { AGREEMENT } from '../shared/scale';
import type { ChecklistArea, ChecklistBand, ChecklistItem, ChecklistsModel } from './schema';

/** Two shares closer than this are equal (ties are named together). */
const EPSILON = 1e-9;

export interface ItemAnswer {
  item: ChecklistItem;
  answer: Agreement;
}

export interface AreaScore {
  area: ChecklistArea;
  total: number;
  ja: number;
  delvis: number;
  nej: number;
  vetInte: number;
  unanswered: number;
  /** answered ja, delvis or nej: the items the share is taken over */
  scored: number;
  /** share of possible points over the scored items, 0–1; undefined when none is scored */
  score: number | undefined;
  /** enough is scored (model.judgeFrom) for the area to get a word */
  judged: boolean;
  /** the band of the score, only when judged */
  band: ChecklistBand | undefined;
  /** items answered nej or delvis, in the model's order */
  toWorkOn: ItemAnswer[];
  /** items answered "vet inte", in the model's order */
  toFindOut: ChecklistItem[];
}

/**
 * empty:      nothing answered at all
 * too-little: something answered, but no area has enough answers to be judged
 * partial:    some areas judged, some not – the weakest so far is named, with a caveat
 * complete:   every area judged
 */
export type ReadinessStatus = 'empty' | 'too-little' | 'partial' | 'complete';

export interface WeakestLink {
  status: ReadinessStatus;
  /** The judged area(s) with the lowest share, in the model's order; more than one on a tie. */
  weakest: AreaScore[];
  /** The band of the weakest share; undefined when nothing is judged. */
  band: ChecklistBand | undefined;
  /** Mean of the judged areas' shares, 0–1; undefined when nothing is judged. */
  mean: number | undefined;
  /** The band of the mean. */
  meanBand: ChecklistBand | undefined;
  judged: number;
  areas: number;
}

export interface ChecklistsResult extends WeakestLink {
  /** Every area in the model's order. */
  scores: AreaScore[];
  /** Judged areas from the weakest up (ties in the model's order). */
  ranked: AreaScore[];
  /** Items answered (including "vet inte") and in all. */
  answered: number;
  total: number;
}

function agreement(answers: Answers, id: string): Agreement | undefined {
  const a = answers[id];
  return (AGREEMENT as readonly string[]).includes(a ?? '') ? (a as Agreement) : undefined;
}

/** The band a share falls in: the first band, from the top, whose minimum it reaches. */
export function bandFor(model: ChecklistsModel, share: number): ChecklistBand {
  return model.bands.find((b) => share + EPSILON >= b.min) ?? model.bands[model.bands.length - 1]!;
}

export function scoreArea(model: ChecklistsModel, area: ChecklistArea, answers: Answers): AreaScore {
  const counts = { ja: 0, delvis: 0, nej: 0, vetInte: 0, unanswered: 0 };
  const toWorkOn: ItemAnswer[] = [];
  const toFindOut: ChecklistItem[] = [];
  let points = 0;
  for (const item of area.items) {
    const answer = agreement(answers, item.id);
    if (answer === undefined) counts.unanswered++;
    else if (answer === 'vet-inte') {
      counts.vetInte++;
      toFindOut.push(item);
    } else {
      counts[answer]++;
      points += model.points[answer];
      if (answer !== 'ja') toWorkOn.push({ item, answer });
    }
  }
  const total = area.items.length;
  const scored = counts.ja + counts.delvis + counts.nej;
  const score = scored > 0 ? points / scored : undefined;
  const judged = score !== undefined && scored + EPSILON >= model.judgeFrom * total;
  return {
    area,
    total,
    ...counts,
    scored,
    score,
    judged,
    band: judged && score !== undefined ? bandFor(model, score) : undefined,
    toWorkOn,
    toFindOut,
  };
}

export function scoreChecklists(model: ChecklistsModel, answers: Answers): ChecklistsResult {
  const scores = model.areas.map((area) => scoreArea(model, area, answers));
  const judgedScores = scores.filter((s) => s.judged);
  // A stable sort keeps the model's order among equal shares.
  const ranked = [...judgedScores].sort((a, b) => a.score! - b.score!);
  const lowest = ranked[0]?.score;
  const weakest = lowest === undefined ? [] : ranked.filter((s) => s.score! - lowest < EPSILON);
  const mean = judgedScores.length > 0 ? judgedScores.reduce((sum, s) => sum + s.score!, 0) / judgedScores.length : undefined;
  const answered = scores.reduce((n, s) => n + s.total - s.unanswered, 0);
  const status: ReadinessStatus =
    answered === 0 ? 'empty' : judgedScores.length === 0 ? 'too-little' : judgedScores.length < scores.length ? 'partial' : 'complete';
  return {
    status,
    weakest,
    band: lowest === undefined ? undefined : bandFor(model, lowest),
    mean,
    meanBand: mean === undefined ? undefined : bandFor(model, mean),
    judged: judgedScores.length,
    areas: scores.length,
    scores,
    ranked,
    answered,
    total: scores.reduce((n, s) => n + s.total, 0),
  };
}

/**
 * The overall readiness for one answer set: the weakest judged area(s) and the mean of the judged
 * areas, never the mean alone. Used by the tool and by "Min självskattning".
 */
export function weakestLink(model: ChecklistsModel, answers: Answers): WeakestLink {
  const { status, weakest, band, mean, meanBand, judged, areas } = scoreChecklists(model, answers);
  return { status, weakest, band, mean, meanBand, judged, areas };
}
