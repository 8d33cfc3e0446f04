// The result as Min självskattning and the group view show it – the tool's headline, a
// few lines on what to work on, and the findings on the shared scale. Pure.
import type { Answers } from '../../lib/answers';
import type { ToolReport } from '../define';
import { paybackFindings } from './findings';
import { questions } from './items';
import type { PaybackModel } from './schema';
import { scorePayback, HORIZON_KEY } from './score';
import { describePayback } from './words';

export function paybackReport(model: PaybackModel, answers: Answers): ToolReport {
  const r = scorePayback(model, answers);
  const text = describePayback(model, r);
  const details = [...text.warning.slice(0, 1), ...text.lines.filter((l) => l.startsWith('Investeringspuckeln'))];
  return {
    summary: {
      headline: text.headline,
      details,
      answered: (answers[HORIZON_KEY] && r.chosenHorizon ? 1 : 0) + r.entered,
      total: 1 + r.fields,
    },
    findings: paybackFindings(model, r, answers, questions(model)),
  };
}
