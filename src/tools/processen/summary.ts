import { AGREEMENT_LABELS, type Agreement, type Answers } from '../shared/scale';
import type { PhaseTrack, ProcessModel } from './schema';
import { scoreProcess, UNKNOWN, type ProcessResult } from './score';
import { describeProcess } from './words';
import type { ToolReport } from '../shared/report';

const TOOL = 'Var är vi i processen?';
const HANDOVER_WEIGHT: Record<Agreement, number | undefined> = { ja: 0, delvis: 0.5, nej: 1, 'vet-inte': undefined };

/**
 * Weakness: the mean of every signal the answers give – each duration shorter than the handbook's
 * experience (1, or 0.5 when it holds only if the target group is vulnerable and that is not
 * known), each duration within or above it (0), each mismatch between the two tracks (1), and a
 * hand-over not planned (1) or partly planned (0.5) once the project has reached revision.
 * "Vet inte" and unanswered give no signal.
 */
export function processWeakness(r: ProcessResult): number | undefined {
  const signals = [
    ...r.time.map((t) => {
      if (t.verdict === undefined || t.applies === 'nej') return undefined;
      if (t.verdict !== 'kortare') return 0;
      return t.applies === 'kanske' ? 0.5 : 1;
    }),
    ...r.mismatches.map(() => 1),
    r.handoverDue && r.handover ? HANDOVER_WEIGHT[r.handover] : undefined,
  ].filter((s): s is number => s !== undefined);
  return signals.length === 0 ? undefined : signals.reduce((a, b) => a + b, 0) / signals.length;
}

function phaseAnswer(track: PhaseTrack, answer: string | undefined): string {
  if (answer === UNKNOWN) return AGREEMENT_LABELS['vet-inte'];
  if (answer === track.notStarted.id) return track.notStarted.label;
  const p = track.phases.find((x) => x.id === answer);
  return p ? `Fas ${p.number}: ${p.name}` : '';
}

export function processReport(model: ProcessModel, answers: Answers): ToolReport {
  const r = scoreProcess(model, answers);
  const text = describeProcess(model, r);
  const details = [
    ...r.tooShort.map((t) => `${text.timeLines.find((l) => l.id === t.check.id)?.title ?? t.check.topic}: kortare än erfarenheten (${t.check.section}).`),
    ...text.handoverLines.filter(() => r.handoverDue && r.handover !== 'ja'),
  ].slice(0, 3);
  const agreementAnswer = (id: string) => {
    const a = answers[id] as Agreement | undefined;
    return a ? AGREEMENT_LABELS[a] : '';
  };
  const rows = [
    { tool: TOOL, section: 'Var står ni?', item: model.leadership.question, answer: phaseAnswer(model.leadership, answers[model.leadership.id]) },
    { tool: TOOL, section: 'Var står ni?', item: model.project.question, answer: phaseAnswer(model.project, answers[model.project.id]) },
    { tool: TOOL, section: 'Målgruppen och överlämningen', item: model.targetGroup.question, answer: agreementAnswer(model.targetGroup.id) },
    { tool: TOOL, section: 'Målgruppen och överlämningen', item: model.handover.question, answer: agreementAnswer(model.handover.id) },
    ...model.timePlan.map((c) => ({
      tool: TOOL,
      section: 'Tidsplanen',
      item: c.question,
      answer: answers[c.id] === UNKNOWN ? AGREEMENT_LABELS['vet-inte'] : (c.bands.find((b) => b.id === answers[c.id])?.label ?? ''),
    })),
  ];
  return {
    summary: { headline: text.headline, details, answered: r.answered, total: r.total, weakness: r.answered === 0 ? undefined : processWeakness(r) },
    rows,
  };
}
