// The result as Min självskattning and the group view show it – the tool's headline, a
// few lines on what to work on, and the findings on the shared scale. Pure.
import type { Answers } from '../../lib/answers';
import type { ToolReport } from '../define';
import { ladderFindings } from './findings';
import { questions } from './items';
import type { LadderModel } from './schema';
import { scoreLadder } from './score';
import { describeLadder } from './words';

export function ladderReport(model: LadderModel, answers: Answers): ToolReport {
  const r = scoreLadder(model, answers);
  const text = describeLadder(model, r);
  const next = r.nextSteps[0];
  const details = next && r.answered > 0 ? next.open.slice(0, 3).map((d) => d.criterion.demand) : [];
  return {
    summary: { headline: text.headline, details, answered: r.answered, total: r.total },
    findings: ladderFindings(model, r, answers, questions(model)),
  };
}
