// Samverkanstrappan: which step of the five the need points to, whether what the group can carry
// is in harmony with it, and how the form the group has or plans compares. The rule is stated in
// content/models/samverkanstrappan.yaml (rule.explanation); this is it in code.
import type { Agreement, Answers } from '../shared/scale';
import { AGREEMENT } from '../shared/scale';
import type { FactorOption, KeyQuestion, Requirement, StaircaseFactor, StaircaseModel } from './schema';

import { UNKNOWN } from '../shared/scale';
import { CARRY_KINDS, FACTOR_KINDS, FORM_KEY, NEED_KINDS, type FactorKind } from './vocab';

export { CARRY_KINDS, FACTOR_KINDS, FORM_KEY, NEED_KINDS, UNKNOWN, type FactorKind };

export interface FactorStatus {
  factor: StaircaseFactor;
  /** the chosen option; undefined when unanswered or "vet inte" */
  option: FactorOption | undefined;
  /** answered "vet inte" */
  unknown: boolean;
}

/** Where what the group can carry stands against the need, in steps (carry − need). */
export type Harmony = 'i-harmoni' | 'nagot-under' | 'nagot-over' | 'for-lite' | 'for-mycket';
/** Ambition against resources: "mer-onskat" is the manual's Rolls-Royce wanted, used Volkswagen paid for. */
export type WishVsPay = 'i-harmoni' | 'mer-onskat' | 'mer-avsatt';
export type FormFit = 'passar' | 'under' | 'over';

export interface FormStatus {
  /** the step number of the form the group has or plans; undefined when undecided or unanswered */
  chosen: number | undefined;
  undecided: boolean;
  /** the question about the form was answered "vet inte" */
  unknown: boolean;
  /** undefined when there is no form or no recommendation to compare */
  fit: FormFit | undefined;
  /** how many steps the form lies outside the recommended step(s); 0 when it fits */
  distance: number;
  /** the form lies `rule.gap` steps or more above what the resources alone pay for */
  beyondResources: boolean;
}

export interface KeyStatus {
  question: KeyQuestion;
  /** undefined: not answered yet */
  answer: Agreement | undefined;
}

export interface RequirementStatus {
  requirement: Requirement;
  /** undefined: not answered yet */
  answer: Agreement | undefined;
}

export interface StaircaseResult {
  answered: number;
  total: number;
  factors: Record<FactorKind, FactorStatus>;
  /** the mean step of the need answers (may end in .5); undefined when none points to a step */
  need: number | undefined;
  /** the mean step of resources and ambition; undefined when none points to a step */
  carry: number | undefined;
  /** one step, or two neighbouring steps when the need lies halfway; empty without a need */
  recommended: number[];
  /** undefined when need or carry is missing */
  harmony: Harmony | undefined;
  /** undefined unless both ambition and resources point to a step */
  wishVsPay: WishVsPay | undefined;
  form: FormStatus;
  keyQuestions: KeyStatus[];
  /** the requirements common to every step, with their answers */
  requirements: RequirementStatus[];
  /** the requirements answered "nej" or "delvis": missing, whatever the step */
  missing: RequirementStatus[];
}

function factorStatus(factor: StaircaseFactor, answers: Answers): FactorStatus {
  const a = answers[factor.id];
  return { factor, option: factor.options.find((o) => o.id === a), unknown: a === UNKNOWN };
}

function mean(values: number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((s, v) => s + v, 0) / values.length;
}

function stepsOf(factors: Record<FactorKind, FactorStatus>, kinds: readonly FactorKind[]): number[] {
  return kinds.flatMap((k) => (factors[k].option ? [factors[k].option.step] : []));
}

function harmony(carry: number, need: number, gap: number): Harmony {
  const d = carry - need;
  if (d <= -gap) return 'for-lite';
  if (d >= gap) return 'for-mycket';
  if (d <= -1) return 'nagot-under';
  if (d >= 1) return 'nagot-over';
  return 'i-harmoni';
}

export function scoreStaircase(model: StaircaseModel, answers: Answers): StaircaseResult {
  const gap = model.rule.gap;
  const factors = Object.fromEntries(model.factors.map((f) => [f.kind, factorStatus(f, answers)])) as Record<FactorKind, FactorStatus>;
  const need = mean(stepsOf(factors, NEED_KINDS));
  const carry = mean(stepsOf(factors, CARRY_KINDS));
  const recommended = need === undefined ? [] : [...new Set([Math.floor(need), Math.ceil(need)])];

  const ambition = factors.ambition.option?.step;
  const resources = factors.resurser.option?.step;
  let wishVsPay: WishVsPay | undefined;
  if (ambition !== undefined && resources !== undefined) {
    wishVsPay = ambition - resources >= gap ? 'mer-onskat' : resources - ambition >= gap ? 'mer-avsatt' : 'i-harmoni';
  }

  const chosen = model.steps.find((s) => s.id === answers[FORM_KEY])?.number;
  const lo = recommended[0];
  const hi = recommended[recommended.length - 1];
  let fit: FormFit | undefined;
  let distance = 0;
  if (chosen !== undefined && lo !== undefined && hi !== undefined) {
    if (chosen < lo) [fit, distance] = ['under', lo - chosen];
    else if (chosen > hi) [fit, distance] = ['over', chosen - hi];
    else fit = 'passar';
  }

  const agreement = (id: string) => ((AGREEMENT as readonly string[]).includes(answers[id] ?? '') ? (answers[id] as Agreement) : undefined);
  const keyQuestions = model.keyQuestions.map((question) => ({ question, answer: agreement(question.id) }));
  const requirements = model.requirements.map((requirement) => ({ requirement, answer: agreement(requirement.id) }));

  const undecided = answers[FORM_KEY] === model.form.undecided.id;
  const formUnknown = answers[FORM_KEY] === UNKNOWN;
  const answered =
    Object.values(factors).filter((f) => f.option || f.unknown).length +
    (chosen !== undefined || undecided || formUnknown ? 1 : 0) +
    keyQuestions.filter((k) => k.answer !== undefined).length +
    requirements.filter((k) => k.answer !== undefined).length;
  return {
    answered,
    total: model.factors.length + 1 + model.keyQuestions.length + model.requirements.length,
    factors,
    need,
    carry,
    recommended,
    harmony: need === undefined || carry === undefined ? undefined : harmony(carry, need, gap),
    wishVsPay,
    form: {
      chosen,
      undecided,
      unknown: formUnknown,
      fit,
      distance,
      beyondResources: chosen !== undefined && resources !== undefined && chosen - resources >= gap,
    },
    keyQuestions,
    requirements,
    missing: requirements.filter((q) => q.answer === 'nej' || q.answer === 'delvis'),
  };
}
