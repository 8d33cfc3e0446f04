// Tid och fördelning on the shared scale (manual 3.1 and 4.3): an actor left with the costs while
// others gain (Svarte Petter) is how lasting work gets dropped; a calculation that does not pay
// back within the horizon asks for a longer view or a smaller effort.
import type { Answers } from '../../lib/answers';
import type { Finding, FindingRule } from '../../lib/findings';
import type { Questions } from '../../lib/items';
import { list } from '../../lib/swedish';
import { answersBehind } from '../shared/findings';
import { meta } from './meta';
import type { PaybackModel } from './schema';
import { HORIZON_KEY, isSvartePetter, type PaybackResult } from './score';

export const RULES = {
  svartePetter: {
    id: 'tid-och-fordelning/svarte-petter',
    severity: 'allvarlig',
    order: 250,
    when: 'en aktör bär en verklig förlust medan andra går med vinst',
  },
  noPayback: {
    id: 'tid-och-fordelning/ingen-aterbetalning',
    severity: 'att-bevaka',
    order: 250,
    when: 'kalkylen betalar sig inte inom den valda tidshorisonten',
  },
} as const satisfies Record<string, FindingRule>;

export function paybackFindings(model: PaybackModel, r: PaybackResult, answers: Answers, q: Questions): Finding[] {
  if (!r.hasMoney) return [];
  const out: Finding[] = [];
  if (isSvartePetter(r)) {
    out.push({
      rule: RULES.svartePetter,
      tool: meta.name,
      title: `${list(r.losers.map((l) => l.actor.name))} bär kostnaderna medan ${list(r.winners.map((w) => w.actor.name))} vinner.`,
      advice: 'Den som bara betalar drar sig ur. Gör upp om hur vinsten ska delas innan arbetet börjar.',
      because: [],
      read: model.distributionReadNext,
    });
  }
  if (r.total.payback === undefined) {
    out.push({
      rule: RULES.noPayback,
      tool: meta.name,
      title: `Kalkylen betalar sig inte inom ${r.horizon} år.`,
      advice: 'Vinsterna kommer ofta sent. Pröva en längre tidshorisont innan ni drar slutsatsen att arbetet inte lönar sig.',
      because: answersBehind(q, answers, [HORIZON_KEY]),
      read: model.readNext,
    });
  }
  return out;
}
