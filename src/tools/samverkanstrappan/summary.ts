// The result as Min självskattning and the group view show it – the tool's headline, a
// few lines on what to work on, and the findings on the shared scale. Pure.
import type { Answers } from '../../lib/answers';
import type { ToolReport } from '../define';
import { staircaseFindings } from './findings';
import { questions } from './items';
import type { StaircaseModel } from './schema';
import { scoreStaircase } from './score';
import { describeStaircase } from './words';

export function staircaseReport(model: StaircaseModel, answers: Answers): ToolReport {
  const r = scoreStaircase(model, answers);
  const text = describeStaircase(model, r);
  const details = [
    ...text.requirementLines.map((k) => `${k.title}. ${k.text}`),
    ...text.keyLines.map((k) => `${k.title}: ${k.text}`),
  ].slice(0, 3);
  return {
    summary: { headline: text.headline, details, answered: r.answered, total: r.total },
    findings: staircaseFindings(model, r, answers, questions(model)),
  };
}
