// Ledningsgruppens ambitionstrappa: where the group stands, where it aims, what the next step
// demands. A level counts only when all its criteria and all levels below are answered "ja".
import type { Agreement, Answers } from '../shared/scale';
import { AGREEMENT, UNKNOWN } from '../shared/scale';
import type { LadderCriterion, LadderLevel, LadderModel } from './schema';

/** The answer key for the level the group aims at. */
export const TARGET_KEY = 'mal';

export interface Demand {
  criterion: LadderCriterion;
  /** undefined: not answered yet */
  answer: Agreement | undefined;
}

export interface LevelStatus {
  level: LadderLevel;
  /** every criterion answered "ja" */
  met: boolean;
  /** criteria not (yet) answered "ja", in the model's order */
  open: Demand[];
}

export interface LadderResult {
  answered: number;
  total: number;
  /** 0 when not even level 1 is met */
  current: number;
  /**
   * The level reached when "delvis" counts as partly met rather than failed: every criterion of it
   * and of the levels below is "ja" or "delvis". Never below `current`; above it when some
   * criterion on the way is only partly in place.
   */
  partly: number;
  target: number | undefined;
  /** the level aimed at was answered "vet inte" */
  targetUnknown: boolean;
  levels: LevelStatus[];
  /** What the levels from current+1 up to the target (or just the next level) demand. */
  nextSteps: LevelStatus[];
  /** Levels above the current one that are met in themselves but do not count yet (the ladder rule). */
  metAboveCurrent: LadderLevel[];
  /** the current level is one that really leads collaboration */
  leads: boolean;
  /** the target is one that really leads collaboration */
  targetLeads: boolean | undefined;
}

function agreement(answers: Answers, id: string): Agreement | undefined {
  const a = answers[id];
  return (AGREEMENT as readonly string[]).includes(a ?? '') ? (a as Agreement) : undefined;
}

export function scoreLadder(model: LadderModel, answers: Answers): LadderResult {
  const levels: LevelStatus[] = model.levels.map((level) => {
    const open = level.criteria
      .map((criterion) => ({ criterion, answer: agreement(answers, criterion.id) }))
      .filter((d) => d.answer !== 'ja');
    return { level, met: open.length === 0, open };
  });
  const firstUnmet = levels.findIndex((l) => !l.met);
  const current = firstUnmet === -1 ? levels.length : firstUnmet;
  const firstAbsent = levels.findIndex((l) => l.open.some((d) => d.answer !== 'delvis'));
  const partly = firstAbsent === -1 ? levels.length : firstAbsent;
  const targetLevel = model.levels.find((l) => l.id === answers[TARGET_KEY]);
  const target = targetLevel?.number;
  const upTo = target !== undefined && target > current ? target : Math.min(current + 1, levels.length);
  const criteria = model.levels.flatMap((l) => l.criteria);
  return {
    answered: criteria.filter((c) => agreement(answers, c.id) !== undefined).length,
    total: criteria.length,
    current,
    partly,
    target,
    targetUnknown: answers[TARGET_KEY] === UNKNOWN,
    levels,
    nextSteps: levels.slice(current, upTo),
    metAboveCurrent: levels
      .slice(current + 1)
      .filter((l) => l.met)
      .map((l) => l.level),
    leads: current >= model.leadsFrom,
    targetLeads: target === undefined ? undefined : target >= model.leadsFrom,
  };
}
