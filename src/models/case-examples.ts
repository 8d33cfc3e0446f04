// What a case's example says in each tool, worked out when the site is built with the tools' own
// scoring: the case page can then show the result in words, readable without JavaScript, and the
// tools show the same thing once the example is loaded. Server side.
import { checklistsReport } from '../tools/checklistor/summary';
import { icebergReport } from '../tools/hindrens-isberg/summary';
import { ladderReport } from '../tools/ambitionstrappan/summary';
import { staircaseReport } from '../tools/samverkanstrappan/summary';
import type { ToolSummary } from '../tools/shared/report';
import { TOOLS, toolPath } from '../lib/tools';
import { CASE_TOOLS, type CaseData, type CaseTool } from '../schemas/case';
import type { Answers } from '../tools/shared/scale';
import type { ExampleGroup } from '../lib/group/model';
import { checklistsModel, icebergModel, ladderModel, staircaseModel } from './index';

const REPORTS: Record<CaseTool, (answers: Answers) => ToolSummary> = {
  ambitionstrappan: (a) => ladderReport(ladderModel, a).summary,
  'hindrens-isberg': (a) => icebergReport(icebergModel, a).summary,
  samverkanstrappan: (a) => staircaseReport(staircaseModel, a).summary,
  checklistor: (a) => checklistsReport(checklistsModel, a).summary,
};

export interface ExampleOutcome {
  tool: CaseTool;
  name: string;
  href: string;
  /** how we read the report into the answers */
  comment: string;
  summary: ToolSummary;
}

/** The case's examples in the tools' order, each with the result the tool gives it. */
export function exampleOutcomes(data: CaseData): ExampleOutcome[] {
  return CASE_TOOLS.flatMap((tool) => {
    const example = data.examples.tools[tool];
    if (!example) return [];
    return [{ tool, name: TOOLS[tool].name, href: toolPath(tool), comment: example.comment, summary: REPORTS[tool](example.answers) }];
  });
}

/** The examples' answers per tool, as the example slot takes them. */
export function exampleAnswers(data: CaseData): Partial<Record<CaseTool, Answers>> {
  return Object.fromEntries(CASE_TOOLS.flatMap((tool) => (data.examples.tools[tool] ? [[tool, { ...data.examples.tools[tool].answers }]] : [])));
}

/** The case's practice group as the group view takes it (src/stores/groups.ts, addExampleGroup). */
export function exampleGroup(data: CaseData): ExampleGroup {
  const { name, description, members } = data.examples.group;
  return {
    name,
    description,
    members: members.map((m) => ({
      name: m.name,
      org: m.org,
      answers: Object.fromEntries(Object.entries(m.answers).map(([tool, answers]) => [tool, { ...answers }])),
    })),
  };
}
