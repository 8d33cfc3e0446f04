// The result as Min självskattning and the group view show it – the tool's headline, a
// few lines on what to work on, and the findings on the shared scale. Pure.
import type { Answers } from '../../lib/answers';
import type { ToolReport } from '../define';
import { icebergFindings } from './findings';
import { questions } from './items';
import type { IcebergModel } from './schema';
import { scoreIceberg } from './score';
import { describeIceberg } from './words';

export function icebergReport(model: IcebergModel, answers: Answers): ToolReport {
  const r = scoreIceberg(model, answers);
  const text = describeIceberg(model, r);
  const details = r.top.slice(0, 3).map((t) => `${t.obstacle.name} (${t.zone.title.toLowerCase()})`);
  return {
    summary: { headline: text.headline, details, answered: r.answered, total: r.total },
    findings: icebergFindings(model, r, answers, questions(model)),
  };
}
