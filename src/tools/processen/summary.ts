// The result as Min självskattning and the group view show it – the tool's headline, a
// few lines on what to work on, and the findings on the shared scale. Pure.
import type { Answers } from '../../lib/answers';
import type { ToolReport } from '../define';
import { processFindings } from './findings';
import { questions } from './items';
import type { ProcessModel } from './schema';
import { scoreProcess } from './score';
import { describeProcess } from './words';

export function processReport(model: ProcessModel, answers: Answers): ToolReport {
  const r = scoreProcess(model, answers);
  const text = describeProcess(model, r);
  const details = [
    ...[...r.tooShort, ...r.justOver].map(
      (t) =>
        `${text.timeLines.find((l) => l.id === t.check.id)?.title ?? t.check.topic}: ${text.timeLines.find((l) => l.id === t.check.id)?.verdict ?? ''} (${t.check.section}).`,
    ),
    ...text.handoverLines.filter(() => r.handoverDue && r.handover !== 'ja'),
  ].slice(0, 3);
  return {
    summary: { headline: text.headline, details, answered: r.answered, total: r.total },
    findings: processFindings(model, r, answers, questions(model)),
  };
}
