import { AGREEMENT_LABELS, type Agreement, type Answers } from '../shared/scale';
import type { SuccessModel } from './schema';
import { AIMS, scoreSuccess, UNKNOWN, type PitfallStatus, type SuccessResult } from './score';
import { describeSuccess } from './words';
import type { ToolReport } from '../shared/report';

const TOOL = 'Vad är framgång?';
const AGREEMENT_WEIGHT: Record<Agreement, number | undefined> = { ja: 0, delvis: 0.5, nej: 1, 'vet-inte': undefined };
const PITFALL_WEIGHT: Record<NonNullable<PitfallStatus>, number | undefined> = { undviken: 0, delvis: 0.5, risk: 1, 'vet-inte': undefined };
const DIRECTION_WEIGHT = { bra: 0, mitten: 0.5, daligt: 1 } as const;

/**
 * Weakness: the mean of every signal the answers give – a pitfall the group is in (1) or partly
 * in (0.5), a bad (1) or middling (0.5) evaluation answer, soft and hard values weighed together,
 * a step in the right direction not counted, no level at all as a goal, and each clash between
 * goal and follow-up (1). "Vet inte" and unanswered give no signal.
 */
export function successWeakness(r: SuccessResult): number | undefined {
  const signals = [
    ...r.pitfalls.map((p) => (p.status === undefined ? undefined : PITFALL_WEIGHT[p.status])),
    ...r.evaluation.map((e) => (e.option ? DIRECTION_WEIGHT[e.option.direction] : undefined)),
    r.separate && AGREEMENT_WEIGHT[r.separate],
    r.stepMovement && AGREEMENT_WEIGHT[r.stepMovement],
    r.noLevel ? 1 : r.mainLevels.length + r.secondaryLevels.length > 0 ? 0 : undefined,
    ...r.conflicts.map(() => 1),
  ].filter((s): s is number => s !== undefined);
  return signals.length === 0 ? undefined : signals.reduce((a, b) => a + b, 0) / signals.length;
}

/** The first sentence of a text (up to the first ". "). */
const firstSentence = (s: string) => {
  const end = s.indexOf('. ');
  return end < 0 ? s : s.slice(0, end + 1);
};

export function successReport(model: SuccessModel, answers: Answers): ToolReport {
  const r = scoreSuccess(model, answers);
  const text = describeSuccess(model, r);
  const details = text.pitfallLines.slice(0, 3).map((p) => `${p.title}. ${firstSentence(p.text)}`);

  const agreementAnswer = (id: string) => {
    const a = answers[id] as Agreement | undefined;
    return a ? AGREEMENT_LABELS[a] : '';
  };
  const unknownOr = (id: string, label: string | undefined) => (answers[id] === UNKNOWN ? AGREEMENT_LABELS['vet-inte'] : (label ?? ''));
  const rows = [
    ...model.levels.map((l) => ({
      tool: TOOL,
      section: 'Tre nivåer av framgång',
      item: l.question,
      answer: unknownOr(l.id, (AIMS as readonly string[]).includes(answers[l.id] ?? '') ? model.aimOptions[answers[l.id] as (typeof AIMS)[number]] : undefined),
    })),
    { tool: TOOL, section: 'Tre nivåer av framgång', item: model.stepMovement.question, answer: agreementAnswer(model.stepMovement.id) },
    ...[...model.measures, model.separate].map((m) => ({ tool: TOOL, section: 'Mjuka och hårda värden', item: m.question, answer: agreementAnswer(m.id) })),
    ...model.pitfalls.flatMap((p) => (p.question ? [{ tool: TOOL, section: 'Fem fallgropar', item: `${p.number}. ${p.name}: ${p.question}`, answer: agreementAnswer(p.id) }] : [])),
    ...model.evaluation.map((q) => ({
      tool: TOOL,
      section: 'Tre frågor att värdera arbetet med',
      item: q.question,
      answer: unknownOr(q.id, q.options.find((o) => o.id === answers[q.id])?.label),
    })),
  ];
  return {
    summary: { headline: text.headline, details, answered: r.answered, total: r.total, weakness: r.answered === 0 ? undefined : successWeakness(r) },
    rows,
  };
}
