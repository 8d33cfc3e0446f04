// Var är vi i processen? on the shared scale (manual 7.5.2 and 8.2): a time plan shorter than
// experience says, two tracks out of step, and a hand-over not prepared are each how good work
// ends when the project money does.
import type { Answers } from '../../lib/answers';
import type { Finding, FindingRule } from '../../lib/findings';
import type { Questions } from '../../lib/items';
import { findingsFor, unknownFinding } from '../shared/findings';
import { meta } from './meta';
import type { ProcessModel } from './schema';
import type { ProcessResult } from './score';

export const RULES = {
  outOfStep: { id: 'processen/ur-takt', severity: 'allvarlig', order: 400, when: 'ledningsgruppens och projektets faser går inte i takt' },
  tooShort: {
    id: 'processen/for-kort-tid',
    severity: 'allvarlig',
    order: 410,
    when: 'minst en del av tidsplanen är kortare än handbokens erfarenhet',
  },
  justOver: {
    id: 'processen/knapp-tid',
    severity: 'att-bevaka',
    order: 410,
    when: 'tiden för varje deltagare är bara något längre än de 12–18 månader som är för kort, och målgruppen kan vara sårbar',
  },
  handover: {
    id: 'processen/overlamning-saknas',
    severity: 'allvarlig',
    order: 420,
    when: 'projektet har nått revisionen men överlämningen är inte planerad (nej)',
  },
  handoverPartly: {
    id: 'processen/overlamning-delvis',
    severity: 'att-bevaka',
    order: 420,
    when: 'projektet har nått revisionen och överlämningen är bara delvis planerad',
  },
} as const satisfies Record<string, FindingRule>;

export function processFindings(model: ProcessModel, r: ProcessResult, answers: Answers, q: Questions): Finding[] {
  const { out, add } = findingsFor(meta, q, answers, model.readNext.project);
  if (r.mismatches.length > 0) {
    add(
      RULES.outOfStep,
      'Ledningsgruppen och projektet går inte i takt.',
      'Ledningen behöver ligga före: en ledningsgrupp som inte har tagit sin roll kan inte leda ett projekt som redan är i gång.',
      [model.leadership.id, model.project.id],
      model.readNext.leadership,
    );
  }
  if (r.tooShort.length > 0) {
    add(
      RULES.tooShort,
      `Tidsplanen är kortare än erfarenheten säger på ${r.tooShort.length === 1 ? 'en punkt' : `${r.tooShort.length} punkter`}.`,
      'Samverkan tar längre tid än man tror. Räkna om planen eller ta ställning till vad som inte hinns med.',
      r.tooShort.map((t) => t.check.id),
      model.readNext.project,
    );
  }
  if (r.justOver.length > 0) {
    add(
      RULES.justOver,
      'Tidsplanen är bara något längre än det som är för kort.',
      'Erfarenheten ber om betydligt längre tid och sätter ingen övre gräns. Pröva om tiden räcker för att bygga tillit, och håll planen öppen för mer.',
      r.justOver.map((t) => t.check.id),
      r.justOver[0]!.check.readNext,
    );
  }
  if (r.handoverDue && r.handover === 'nej') {
    add(
      RULES.handover,
      'Projektet närmar sig sitt slut utan en plan för överlämningen.',
      'Börja lämna över redan vid första revisionen – annars dör det som fungerar med projektet.',
      [model.handover.id, model.project.id],
      model.readNext.handover,
    );
  } else if (r.handoverDue && r.handover === 'delvis') {
    add(
      RULES.handoverPartly,
      'Överlämningen är bara delvis planerad.',
      'Gör klart vem som tar över vad, och när.',
      [model.handover.id],
      model.readNext.handover,
    );
  }
  return [...out, ...unknownFinding(meta, q, answers, model.readNext.project)];
}
