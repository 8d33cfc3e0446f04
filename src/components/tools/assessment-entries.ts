// The tools that "Min självskattning" gathers: for each, its store, answer space and report.
import { fitAnswers, type AnswerSpace } from '../../lib/answers';
import { ladderSpace } from '../../lib/scoring/ladder';
import { ladderReport } from '../../lib/summaries/ladder';
import type { ToolReport } from '../../lib/summaries/types';
import { TOOLS, toolPath } from '../../lib/tools';
import type { Answers } from '../../schemas/models/common';
import type { LadderModel } from '../../schemas/models/ladder';
import type { ToolId } from '../../schemas/tool-ids';
import type { AnswersStore } from '../../stores/answers-store';
import { ladderStore } from '../../stores/ladder';

export interface AssessmentModels {
  ladder: LadderModel;
}

export interface AssessmentEntry {
  id: ToolId;
  name: string;
  href: string;
  store: AnswersStore;
  space: AnswerSpace;
  report: (answers: Answers) => ToolReport;
}

function entry(id: ToolId, store: AnswersStore, space: AnswerSpace, report: (a: Answers) => ToolReport): AssessmentEntry {
  return { id, name: TOOLS[id].name, href: toolPath(id), store, space, report: (a) => report(fitAnswers(a, space).answers) };
}

export function assessmentEntries(m: AssessmentModels): AssessmentEntry[] {
  return [entry('ambitionstrappan', ladderStore, ladderSpace(m.ladder), (a) => ladderReport(m.ladder, a))];
}
