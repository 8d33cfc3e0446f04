import { AGREEMENT_LABELS, type Agreement, type Answers } from '../shared/scale';
import type { StaircaseModel } from './schema';
import { FORM_KEY, scoreStaircase, UNKNOWN } from './score';
import { describeStaircase } from './words';
import type { ToolReport } from '../shared/report';

const TOOL = 'Samverkanstrappan';
const HARMONY_WEAKNESS = { 'i-harmoni': 0, 'nagot-under': 0.25, 'nagot-over': 0.25, 'for-lite': 0.6, 'for-mycket': 0.5 } as const;

export function staircaseReport(model: StaircaseModel, answers: Answers): ToolReport {
  const r = scoreStaircase(model, answers);
  const text = describeStaircase(model, r);
  const keysAnswered = r.keyQuestions.filter((k) => k.answer !== undefined && k.answer !== 'vet-inte');
  const keysOpen = keysAnswered.filter((k) => k.answer !== 'ja').length;
  // Weakness: the worst of a form that misses the recommendation, parts out of harmony and
  // key questions not in place.
  const parts = [
    r.form.fit === undefined ? undefined : r.form.distance / (model.steps.length - 1),
    r.harmony === undefined ? undefined : HARMONY_WEAKNESS[r.harmony],
    keysAnswered.length === 0 ? undefined : (0.75 * keysOpen) / keysAnswered.length,
  ].filter((p): p is number => p !== undefined);
  const weakness = r.answered === 0 || parts.length === 0 ? undefined : Math.max(...parts);

  const rows = model.factors.map((f) => {
    const a = answers[f.id];
    return { tool: TOOL, section: f.topic, item: f.question, answer: a === UNKNOWN ? 'Vet inte' : (f.options.find((o) => o.id === a)?.label ?? '') };
  });
  const form = answers[FORM_KEY];
  const step = model.steps.find((s) => s.id === form);
  rows.push({ tool: TOOL, section: 'Er organisationsform', item: model.form.question, answer: step ? `${step.number}. ${step.name}` : form === model.form.undecided.id ? model.form.undecided.label : '' });
  for (const k of model.keyQuestions) {
    const a = answers[k.id] as Agreement | undefined;
    rows.push({ tool: TOOL, section: 'Tre nyckelfrågor', item: k.question, answer: a ? AGREEMENT_LABELS[a] : '' });
  }
  return {
    summary: { headline: text.headline, details: text.keyLines.slice(0, 3).map((k) => `${k.title}: ${k.text}`), answered: r.answered, total: r.total, weakness },
    rows,
  };
}
