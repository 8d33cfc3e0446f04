// The result as Min självskattning and the group view show it – the tool's headline, a
// few lines on what to work on, and the findings on the shared scale. Pure.
import type { Answers } from '../../lib/answers';
import type { ToolReport } from '../define';
import { leadershipStylesFindings } from './findings';
import { questions } from './items';
import type { LeadershipStylesModel } from './schema';
import { scoreLeadershipStyles } from './score';
import { describeLeadershipStyles } from './words';

export function leadershipStylesReport(model: LeadershipStylesModel, answers: Answers): ToolReport {
  const r = scoreLeadershipStyles(model, answers);
  const text = describeLeadershipStyles(model, r);
  const details = r.preserving.slice(0, 3).map((f) => `${f.factor.name}: ${model.scale[(f.position as number) - 1] ?? ''}`);
  return {
    summary: { headline: text.headline, details, answered: r.answered, total: r.total },
    findings: leadershipStylesFindings(model, r, answers, questions(model)),
  };
}
