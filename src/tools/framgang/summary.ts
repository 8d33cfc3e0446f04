// The result as Min självskattning and the group view show it – the tool's headline, a
// few lines on what to work on, and the findings on the shared scale. Pure.
import type { Answers } from '../../lib/answers';
import type { ToolReport } from '../define';
import { successFindings } from './findings';
import { questions } from './items';
import type { SuccessModel } from './schema';
import { scoreSuccess } from './score';
import { describeSuccess } from './words';

/** The first sentence of a text (up to the first ". "). */
const firstSentence = (s: string) => {
  const end = s.indexOf('. ');
  return end < 0 ? s : s.slice(0, end + 1);
};

export function successReport(model: SuccessModel, answers: Answers): ToolReport {
  const r = scoreSuccess(model, answers);
  const text = describeSuccess(model, r);
  const details = text.pitfallLines.slice(0, 3).map((p) => `${p.title}. ${firstSentence(p.text)}`);
  return {
    summary: { headline: text.headline, details, answered: r.answered, total: r.total },
    findings: successFindings(model, r, answers, questions(model)),
  };
}
