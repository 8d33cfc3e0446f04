// The tools as Min självskattning and the group view gather them: each tool's store, answer
// space, report and CSV rows, derived from the registry – no list to keep here.
import type { Answers, AnswerSpace } from '../../lib/answers';
import type { CsvRow } from '../../lib/export';
import type { ToolReport } from '../../tools/define';
import { csvRowsFor, reportFor, spaceFor } from '../../tools/derived';
import { TOOLS, TOOL_IDS, type Models, type ToolId } from '../../tools/index';
import { toolPath } from '../../tools/meta';
import { answersStore, type AnswersStore } from '../../stores/answers-store';

export type AssessmentModels = Models;

export interface AssessmentEntry {
  id: ToolId;
  name: string;
  href: string;
  store: AnswersStore;
  space: AnswerSpace;
  /** the tool's report for any answers (only those that fit are read) */
  report: (answers: Answers) => ToolReport;
  rows: (answers: Answers) => CsvRow[];
}

export function assessmentEntries(models: Models): AssessmentEntry[] {
  return TOOL_IDS.map((id) => ({
    id,
    name: TOOLS[id].name,
    href: toolPath(id),
    store: answersStore(id),
    space: spaceFor(id, models[id]),
    report: (answers) => reportFor(id, models[id], answers),
    rows: (answers) => csvRowsFor(id, models[id], answers),
  }));
}
