// Vad är framgång? on the shared scale (manual 4): without a level of success as the goal there
// is nothing to lead towards, a pitfall walked into makes the follow-up lie, and a goal that the
// follow-up or the evaluation contradicts must be settled.
import type { Answers } from '../../lib/answers';
import type { Finding, FindingRule } from '../../lib/findings';
import type { Questions } from '../../lib/items';
import { list } from '../../lib/swedish';
import { findingsFor, unknownFinding } from '../shared/findings';
import { meta } from './meta';
import type { SuccessModel } from './schema';
import type { SuccessResult } from './score';

export const RULES = {
  noGoal: { id: 'framgang/inget-mal', severity: 'allvarlig', order: 300, when: 'ingen av de tre nivåerna av framgång är ett mål' },
  pitfall: { id: 'framgang/fallgrop', severity: 'allvarlig', order: 310, when: 'minst en av fallgroparna är en risk (besvarad nej)' },
  conflict: {
    id: 'framgang/mal-och-uppfoljning-krockar',
    severity: 'att-bevaka',
    order: 300,
    when: 'målet och uppföljningen eller värderingen säger olika saker',
  },
  pitfallPartly: { id: 'framgang/fallgrop-delvis', severity: 'att-bevaka', order: 310, when: 'någon fallgrop undviks bara delvis' },
} as const satisfies Record<string, FindingRule>;

export function successFindings(model: SuccessModel, r: SuccessResult, answers: Answers, q: Questions): Finding[] {
  const { out, add } = findingsFor(meta, q, answers, model.readNext.levels);
  if (r.noLevel) {
    add(
      RULES.noGoal,
      'Ni siktar inte på någon nivå av framgång.',
      'Utan ett uttalat mål vet ingen vad som ska räknas som ett lyckat arbete. Bestäm vilken nivå ni vill nå.',
      model.levels.map((l) => l.id),
      model.readNext.levels,
    );
  }
  const risk = r.pitfalls.filter((p) => p.status === 'risk');
  if (risk.length > 0) {
    add(
      RULES.pitfall,
      `Fallgrop: ${list(risk.map((p) => p.pitfall.name.toLowerCase()))}.`,
      'Den som går i en fallgrop mäter fel och drar fel slutsatser. Bestäm hur ni ska undvika den innan ni följer upp.',
      risk.map((p) => p.pitfall.id),
      model.readNext.pitfalls,
    );
  }
  if (r.conflicts.length > 0) {
    add(
      RULES.conflict,
      'Målet och uppföljningen säger olika saker.',
      'Antingen är målet fel eller uppföljningen – pröva båda.',
      r.conflicts.map((c) => c.level.id),
      model.readNext.evaluation,
    );
  }
  const partly = r.pitfalls.filter((p) => p.status === 'delvis');
  if (partly.length > 0) {
    add(
      RULES.pitfallPartly,
      `Undviks bara delvis: ${list(partly.map((p) => p.pitfall.name.toLowerCase()))}.`,
      'Följ upp dem vid nästa mätning.',
      partly.map((p) => p.pitfall.id),
      model.readNext.pitfalls,
    );
  }
  return [...out, ...unknownFinding(meta, q, answers, model.readNext.levels)];
}
