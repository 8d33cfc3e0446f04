// Everything the site lists per tool, derived from the registry and the models: the answer
// space, the answer-code items, the group view's specs and the entries of Min självskattning.
// Server side (it takes the models); the pages pass the results to islands as plain data.
import type { Answers, AnswerSpace } from '../lib/answers';
import type { GroupToolSpec } from '../lib/group/spec';
import { codeItemsOf, csvRows, spaceOf, type CodeItems } from '../lib/items';
import type { CsvRow } from '../lib/export';
import { reportOf, type ToolDefinition, type ToolReport } from './define';
import { TOOLS, TOOL_IDS, type ModelOf, type Models, type ToolId } from './index';

export function questionsOf<K extends ToolId>(id: K, model: ModelOf<K>) {
  // One call signature for every tool: the registry's entry for K takes K's model.
  return (TOOLS[id].questions as (m: ModelOf<K>) => ReturnType<(typeof TOOLS)[K]['questions']>)(model);
}

export function spaceFor<K extends ToolId>(id: K, model: ModelOf<K>): AnswerSpace {
  return spaceOf(questionsOf(id, model));
}

export function codeItemsFor<K extends ToolId>(id: K, model: ModelOf<K>): CodeItems {
  return codeItemsOf(model.version, questionsOf(id, model), TOOLS[id].legacyCodes);
}

export function groupSpecFor<K extends ToolId>(id: K, model: ModelOf<K>): GroupToolSpec {
  const q = questionsOf(id, model);
  const code = codeItemsFor(id, model);
  return { tool: id, name: TOOLS[id].name, version: model.version, items: q.items, amounts: code.amounts, legacy: code.legacy };
}

/** The tool's report for any answers: only those that fit its questions are read. */
export function reportFor<K extends ToolId>(id: K, model: ModelOf<K>, answers: Answers): ToolReport {
  return reportOf(TOOLS[id] as unknown as ToolDefinition<ModelOf<K>>, model, answers);
}

export function csvRowsFor<K extends ToolId>(id: K, model: ModelOf<K>, answers: Answers): CsvRow[] {
  return csvRows(TOOLS[id].name, questionsOf(id, model), answers);
}

/** Every tool's spec for the group view, in the tools' order. */
export function groupSpecs(models: Models): GroupToolSpec[] {
  return TOOL_IDS.map((id) => groupSpecFor(id, models[id]));
}

export function codeItems(models: Models): Record<ToolId, CodeItems> {
  return Object.fromEntries(TOOL_IDS.map((id) => [id, codeItemsFor(id, models[id])])) as Record<ToolId, CodeItems>;
}
