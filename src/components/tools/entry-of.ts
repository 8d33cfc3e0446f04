// Makes a tool's entry for Min självskattning and the group view (./tool-entries.ts) from its
// definition and model. Apart, so that it loads with the first tool's scoring, not before.
import { csvRows, spaceOf } from '../../lib/items';
import { reportOf, type ToolDefinition } from '../../tools/define';
import type { ToolId } from '../../tools/index';
import { toolPath } from '../../tools/meta';
import { answersStore } from '../../stores/answers-store';
import type { Answers, AnswerSpace } from '../../lib/answers';
import type { CsvRow } from '../../lib/export';
import type { ToolReport } from '../../tools/define';
import type { AnswersStore } from '../../stores/answers-store';

type AnyTool = ToolDefinition<{ version: number }>;

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

/** The entry of a tool, from its definition and model. */
export function entryOf(id: ToolId, tool: AnyTool, model: { version: number }): AssessmentEntry {
  const questions = tool.questions(model);
  // The report of the last answers asked about is kept: a page that draws again with the same
  // answers (Min självskattning, while its other parts arrive) does not score them again.
  let last: { answers: Answers; report: ToolReport } | undefined;
  return {
    id,
    name: tool.name,
    href: toolPath(id),
    store: answersStore(id),
    space: spaceOf(questions),
    report: (answers) => {
      if (last?.answers !== answers) last = { answers, report: reportOf(tool, model, answers) };
      return last.report;
    },
    rows: (answers) => csvRows(tool.name, questions, answers),
  };
}
