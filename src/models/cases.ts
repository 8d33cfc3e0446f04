// The cases' data, read from content/fallstudier/*.yaml and validated when the site is built:
// the schema first, then every example answer against the tool it is meant for, then the
// uniqueness of table and chart ids across cases. Any problem stops the build with a message
// naming the file. Server side only: islands get plain data as props.
import type { AnswerSpace } from '../lib/answers';
import { exampleProblems } from '../lib/cases/check-examples';
import { caseDataSchema, type CaseChart, type CaseData, type CaseTable, type CaseTool } from '../schemas/case';
import { spaceFor } from '../tools/derived';
import { MODELS } from '../tools/models';
import { loadModel } from './load';

const space = (tool: CaseTool): AnswerSpace => spaceFor(tool, MODELS[tool]);

const files = import.meta.glob<string>('../../content/fallstudier/*.yaml', { query: '?raw', import: 'default', eager: true });

/** Validates one case file; throws with every problem listed. Exported for the tests. */
export function loadCase(file: string, yamlText: string): CaseData {
  const data = loadModel(file, yamlText, caseDataSchema);
  const problems: string[] = [];
  for (const [tool, example] of Object.entries(data.examples.tools) as [CaseTool, { answers: Record<string, string> }][]) {
    problems.push(...exampleProblems(tool, example.answers, space(tool)).map((p) => `examples.tools.${p}`));
  }
  data.examples.group.members.forEach((member, i) => {
    for (const [tool, answers] of Object.entries(member.answers) as [CaseTool, Record<string, string>][]) {
      problems.push(...exampleProblems(tool, answers, space(tool)).map((p) => `examples.group.members.${i} (${member.name}): ${p}`));
    }
  });
  if (problems.length > 0) {
    throw new Error(`${file}: exemplens svar passar inte verktygen:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  return data;
}

function loadAll(): Record<string, CaseData> {
  const cases: Record<string, CaseData> = {};
  const seen = new Map<string, string>();
  for (const [path, raw] of Object.entries(files)) {
    const slug = path
      .split('/')
      .pop()!
      .replace(/\.yaml$/, '');
    const file = `content/fallstudier/${slug}.yaml`;
    const data = loadCase(file, raw);
    for (const id of [...data.tables.map((t) => t.id), ...data.charts.map((c) => c.id)]) {
      const other = seen.get(id);
      if (other) throw new Error(`${file}: id "${id}" finns redan i ${other}; tabell- och diagram-id ska vara unika i alla fallstudier`);
      seen.set(id, file);
    }
    cases[slug] = data;
  }
  return cases;
}

/** Every case's data by slug (the file name without .yaml). */
export const CASES: Record<string, CaseData> = loadAll();

export function caseData(slug: string): CaseData {
  const data = CASES[slug];
  if (!data) throw new Error(`content/fallstudier/${slug}.mdx saknar sin datafil content/fallstudier/${slug}.yaml`);
  return data;
}

/** A table by its id, from whichever case holds it. */
export function findTable(id: string): CaseTable {
  for (const data of Object.values(CASES)) {
    const table = data.tables.find((t) => t.id === id);
    if (table) return table;
  }
  throw new Error(`<CaseTable id="${id}">: ingen fallstudie har en tabell med det id:t`);
}

/** A chart and the table it draws from, by the chart's id. */
export function findChart(id: string): { chart: CaseChart; table: CaseTable } {
  for (const data of Object.values(CASES)) {
    const chart = data.charts.find((c) => c.id === id);
    if (chart) return { chart, table: data.tables.find((t) => t.id === chart.table)! };
  }
  throw new Error(`<CaseChart id="${id}">: ingen fallstudie har ett diagram med det id:t`);
}
