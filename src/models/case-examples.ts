// What a case's example says in each tool, worked out when the site is built with the tools' own
// scoring: the case page can then show the result in words, readable without JavaScript, and the
// tools show the same thing once the example is loaded. Server side.
import type { ToolSummary } from '../tools/define';
import { reportFor } from '../tools/derived';
import { TOOLS } from '../tools/index';
import { toolPath } from '../tools/meta';
import { MODELS } from '../tools/models';
import { CASE_TOOLS, type CaseData, type CaseTool } from '../schemas/case';
import type { Answers } from '../lib/answers';
import type { ExampleGroup } from '../lib/group/model';

const summaryOf = (tool: CaseTool, answers: Answers): ToolSummary => reportFor(tool, MODELS[tool], answers).summary;

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
    return [{ tool, name: TOOLS[tool].name, href: toolPath(tool), comment: example.comment, summary: summaryOf(tool, example.answers) }];
  });
}

/** The examples' answers per tool, as the example slot takes them. */
export function exampleAnswers(data: CaseData): Partial<Record<CaseTool, Answers>> {
  return Object.fromEntries(
    CASE_TOOLS.flatMap((tool) => (data.examples.tools[tool] ? [[tool, { ...data.examples.tools[tool].answers }]] : [])),
  );
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
