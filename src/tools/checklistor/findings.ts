// The checklists on the shared scale (manual 10.1: the chain breaks at its weakest link): the
// weakest judged area decides, not the mean.
import type { Answers } from '../../lib/answers';
import type { Finding, FindingRule } from '../../lib/findings';
import type { Questions } from '../../lib/items';
import { answersBehind, unknownFinding } from '../shared/findings';
import { meta } from './meta';
import type { ChecklistsModel } from './schema';
import type { ChecklistsResult } from './score';
import { percent } from './words';

export const RULES = {
  weakArea: {
    id: 'checklistor/svagt-omrade',
    severity: 'allvarlig',
    order: 600,
    when: 'det svagaste bedömda området ligger i det lägsta bandet',
  },
  unevenArea: {
    id: 'checklistor/ojamnt-omrade',
    severity: 'att-bevaka',
    order: 600,
    when: 'det svagaste bedömda området ligger i mittenbandet',
  },
  allStrong: { id: 'checklistor/alla-omraden-starka', severity: 'styrka', order: 600, when: 'alla bedömda områden är starka' },
} as const satisfies Record<string, FindingRule>;

export function checklistsFindings(model: ChecklistsModel, r: ChecklistsResult, answers: Answers, q: Questions): Finding[] {
  const weakest = r.weakest[0];
  const out: Finding[] = [];
  if (weakest?.band && weakest.score !== undefined) {
    const lowest = model.bands[model.bands.length - 1];
    const rule =
      weakest.band.id === lowest?.id ? RULES.weakArea : weakest.band.id === model.bands[0]?.id ? RULES.allStrong : RULES.unevenArea;
    const names = r.weakest.map((a) => a.area.title).join(', ');
    out.push({
      rule,
      tool: meta.name,
      title: rule === RULES.allStrong ? 'Alla bedömda områden är starka.' : `Svagaste området: ${names} (${percent(weakest.score)}).`,
      advice:
        rule === RULES.allStrong
          ? 'Håll ett öga på de enskilda frågor där ni svarade nej eller delvis.'
          : `Kedjan brister i den svagaste länken. Börja här: ${weakest.toWorkOn[0]?.item.todo ?? weakest.area.title}`,
      because: answersBehind(
        q,
        answers,
        weakest.toWorkOn.map((w) => w.item.id),
      ),
      read: weakest.area.readNext,
    });
  }
  return [...out, ...unknownFinding(meta, q, answers, model.readNext)];
}
