// Vad är framgång?: which levels of success the group aims at, which values it follows up, which
// pitfalls of the success concept it is in, and how it answers the three evaluation questions.
// The rules are stated in content/models/framgang.yaml; this is them in code.
import type { Agreement, Answers } from '../shared/scale';
import { AGREEMENT } from '../shared/scale';
import type { EvaluationOption, EvaluationQuestion, SuccessLevel, SuccessModel, SuccessPitfall } from './schema';
import { spaceOf } from '../../lib/items';
import { questions } from './items';

/** The option every question also offers: an answer, but one that counts neither way. */
import { UNKNOWN } from '../shared/scale';

export { UNKNOWN };
import { AIMS, DIRECTIONS, MEASURE_KINDS, type Aim, type Direction, type MeasureKind } from './vocab';

export { AIMS, DIRECTIONS, MEASURE_KINDS, type Aim, type Direction, type MeasureKind };

export interface LevelAim {
  level: SuccessLevel;
  /** undefined: not answered yet */
  answer: Aim | typeof UNKNOWN | undefined;
}

/** Where one side (soft or hard) stands: the best answer among its measures. */
export interface SideStatus {
  /** 2 = ja, 1 = delvis, 0 = nej for the side's best answer; undefined when none is ja/delvis/nej */
  value: 0 | 1 | 2 | undefined;
  /** some measure of the side is answered "vet inte", and none ja/delvis/nej */
  unknown: boolean;
}

/** Which dimensions the group follows up; undefined until both sides are answered. */
export type Dimensions = 'bada' | 'bara-mjuka' | 'bara-harda' | 'ingen';

/** undviken: "ja"; delvis; risk: "nej"; vet-inte; undefined: not answered (or too little to judge). */
export type PitfallStatus = 'undviken' | 'delvis' | 'risk' | typeof UNKNOWN | undefined;

export interface PitfallCheck {
  pitfall: SuccessPitfall;
  status: PitfallStatus;
}

export interface EvaluationAnswer {
  question: EvaluationQuestion;
  /** the chosen option; undefined when unanswered or "vet inte" */
  option: EvaluationOption | undefined;
  unknown: boolean;
}

export type Conflict =
  /** a level is a goal, but the pitfall that would show it is followed up is answered "nej" */
  | { kind: 'ej-uppfoljd'; level: SuccessLevel; pitfall: SuccessPitfall }
  /** the top level is a goal, but some evaluation answer says the work goes the wrong way */
  | { kind: 'mal-mot-vardering'; level: SuccessLevel; bad: EvaluationQuestion[] }
  /** the top level is not a goal, lower ones are, and some evaluation answer is bad */
  | { kind: 'fel-niva'; level: SuccessLevel; bad: EvaluationQuestion[] };

export interface SuccessResult {
  answered: number;
  total: number;
  aims: LevelAim[];
  /** levels answered "huvudmål" */
  mainLevels: SuccessLevel[];
  /** levels answered "i andra hand" */
  secondaryLevels: SuccessLevel[];
  /** levels answered "vet inte" */
  unknownLevels: SuccessLevel[];
  /** every level question answered "nej" */
  noLevel: boolean;
  stepMovement: Agreement | undefined;
  soft: SideStatus;
  hard: SideStatus;
  dimensions: Dimensions | undefined;
  separate: Agreement | undefined;
  pitfalls: PitfallCheck[];
  evaluation: EvaluationAnswer[];
  conflicts: Conflict[];
}

function agreement(answers: Answers, id: string): Agreement | undefined {
  const a = answers[id];
  return (AGREEMENT as readonly string[]).includes(a ?? '') ? (a as Agreement) : undefined;
}

const VALUE = { ja: 2, delvis: 1, nej: 0 } as const;

function side(model: SuccessModel, answers: Answers, kind: MeasureKind): SideStatus {
  const given = model.measures.filter((m) => m.kind === kind).map((m) => agreement(answers, m.id));
  const values = given.flatMap((a) => (a === 'ja' || a === 'delvis' || a === 'nej' ? [VALUE[a]] : []));
  const value = values.length ? (Math.max(...values) as 0 | 1 | 2) : undefined;
  return { value, unknown: value === undefined && given.includes('vet-inte') };
}

function dimensions(soft: SideStatus, hard: SideStatus): Dimensions | undefined {
  if (soft.value === undefined || hard.value === undefined) return undefined;
  const s = soft.value > 0;
  const h = hard.value > 0;
  return s && h ? 'bada' : s ? 'bara-mjuka' : h ? 'bara-harda' : 'ingen';
}

const FROM_AGREEMENT: Record<Agreement, PitfallStatus> = { ja: 'undviken', delvis: 'delvis', nej: 'risk', 'vet-inte': UNKNOWN };

function measuredPitfall(soft: SideStatus, hard: SideStatus, dims: Dimensions | undefined): PitfallStatus {
  if (dims === undefined) return soft.unknown || hard.unknown ? UNKNOWN : undefined;
  if (dims !== 'bada') return 'risk';
  return soft.value === 2 && hard.value === 2 ? 'undviken' : 'delvis';
}

export function scoreSuccess(model: SuccessModel, answers: Answers): SuccessResult {
  const space = spaceOf(questions(model));
  const answered = [...space.options].filter(([id, options]) => options.includes(answers[id] ?? '')).length;

  const aims: LevelAim[] = model.levels.map((level) => {
    const a = answers[level.id];
    return { level, answer: a === UNKNOWN || (AIMS as readonly string[]).includes(a ?? '') ? (a as Aim | typeof UNKNOWN) : undefined };
  });
  const withAim = (aim: LevelAim['answer']) => aims.filter((a) => a.answer === aim).map((a) => a.level);
  const mainLevels = withAim('huvudmal');
  const secondaryLevels = withAim('andra-hand');

  const soft = side(model, answers, 'mjuk');
  const hard = side(model, answers, 'hard');
  const dims = dimensions(soft, hard);
  const pitfalls: PitfallCheck[] = model.pitfalls.map((pitfall) => {
    if (pitfall.fromMeasures) return { pitfall, status: measuredPitfall(soft, hard, dims) };
    const a = agreement(answers, pitfall.id);
    return { pitfall, status: a ? FROM_AGREEMENT[a] : undefined };
  });

  const evaluation: EvaluationAnswer[] = model.evaluation.map((question) => ({
    question,
    option: question.options.find((o) => o.id === answers[question.id]),
    unknown: answers[question.id] === UNKNOWN,
  }));

  const conflicts: Conflict[] = [];
  const aimed = (l: SuccessLevel) => mainLevels.includes(l) || secondaryLevels.includes(l);
  for (const level of model.levels) {
    const check = pitfalls.find((p) => p.pitfall.id === level.followUp);
    if (check && aimed(level) && check.status === 'risk') conflicts.push({ kind: 'ej-uppfoljd', level, pitfall: check.pitfall });
  }
  const top = aims[aims.length - 1]!;
  const bad = evaluation.filter((e) => e.option?.direction === 'daligt').map((e) => e.question);
  if (bad.length > 0) {
    if (aimed(top.level)) conflicts.push({ kind: 'mal-mot-vardering', level: top.level, bad });
    else if (top.answer === 'nej' && aims.slice(0, -1).some((a) => aimed(a.level)))
      conflicts.push({ kind: 'fel-niva', level: top.level, bad });
  }

  return {
    answered,
    total: space.options.size,
    aims,
    mainLevels,
    secondaryLevels,
    unknownLevels: withAim(UNKNOWN),
    noLevel: aims.every((a) => a.answer === 'nej'),
    stepMovement: agreement(answers, model.stepMovement.id),
    soft,
    hard,
    dimensions: dims,
    separate: agreement(answers, model.separate.id),
    pitfalls,
    evaluation,
    conflicts,
  };
}
