// The result as Min självskattning and the group view show it – the tool's headline, a
// few lines on what to work on, and the findings on the shared scale. Pure.
import type { Answers } from '../../lib/answers';
import type { ToolReport } from '../define';
import { checklistsFindings } from './findings';
import { questions } from './items';
import type { ChecklistsModel } from './schema';
import { scoreChecklists } from './score';
import { describeChecklists } from './words';

export function checklistsReport(model: ChecklistsModel, answers: Answers): ToolReport {
  const r = scoreChecklists(model, answers);
  const text = describeChecklists(model, r);
  const weakest = r.weakest[0];
  const details = weakest ? weakest.toWorkOn.slice(0, 3).map((w) => w.item.todo) : [];
  return {
    summary: { headline: text.headline, details, answered: r.answered, total: r.total },
    findings: checklistsFindings(model, r, answers, questions(model)),
  };
}
