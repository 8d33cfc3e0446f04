// Två ledarstilar on the shared scale (manual 5.2): collaboration needs the boundary-crossing
// style, so a profile that leans boundary-preserving is worth watching – a style, not a fault.
import type { Answers } from '../../lib/answers';
import type { Finding, FindingRule } from '../../lib/findings';
import type { Questions } from '../../lib/items';
import { list } from '../../lib/swedish';
import { answersBehind, unknownFinding } from '../shared/findings';
import { meta } from './meta';
import type { LeadershipStylesModel } from './schema';
import type { LeadershipStylesResult } from './score';

export const RULES = {
  preserving: {
    id: 'ledarstilar/gransbevarande',
    severity: 'att-bevaka',
    order: 700,
    when: 'profilen som helhet lutar åt det gränsbevarande',
  },
  crossing: {
    id: 'ledarstilar/gransoverskridande',
    severity: 'styrka',
    order: 700,
    when: 'profilen som helhet lutar åt det gränsöverskridande',
  },
} as const satisfies Record<string, FindingRule>;

export function leadershipStylesFindings(
  model: LeadershipStylesModel,
  r: LeadershipStylesResult,
  answers: Answers,
  q: Questions,
): Finding[] {
  const out: Finding[] = [];
  if (r.overall === 'preserving') {
    out.push({
      rule: RULES.preserving,
      tool: meta.name,
      title: `Ledarskapet lutar åt det gränsbevarande: ${list(r.preserving.slice(0, 3).map((f) => f.factor.name.toLowerCase()))}.`,
      advice:
        'Det gränsbevarande passar linjen, men samverkan kräver att någon leder över gränserna. Börja med den faktor som ligger längst från mitten.',
      because: answersBehind(
        q,
        answers,
        r.preserving.map((f) => f.factor.id),
      ),
      read: model.links.main,
    });
  } else if (r.overall === 'crossing') {
    out.push({
      rule: RULES.crossing,
      tool: meta.name,
      title: 'Ledarskapet lutar åt det gränsöverskridande.',
      advice: 'Pröva bilden mot teamet och era samverkanspartner.',
      because: [],
      read: model.links.main,
    });
  }
  return [...out, ...unknownFinding(meta, q, answers, model.links.main)];
}
