// THE registry: one line per tool. Everything that lists tools – ids, answer codes, stores,
// group specs, CSV rows, Min självskattning, the case examples, the tool pages – is derived from
// this object (see ./derived.ts and ./meta.ts). Adding a tool: a folder beside this file, a line
// here and a line in ./ToolIsland.astro.
import ambitionstrappan from './ambitionstrappan';
import checklistor from './checklistor';
import framgang from './framgang';
import hindrensIsberg from './hindrens-isberg';
import ledarstilar from './ledarstilar';
import processen from './processen';
import samverkanskollen from './samverkanskollen';
import samverkanstrappan from './samverkanstrappan';
import styraStodjaLara from './styra-stodja-lara';
import tidOchFordelning from './tid-och-fordelning';

export const TOOLS = {
  samverkanskollen,
  ambitionstrappan,
  'hindrens-isberg': hindrensIsberg,
  samverkanstrappan,
  checklistor,
  'styra-stodja-lara': styraStodjaLara,
  ledarstilar,
  framgang,
  processen,
  'tid-och-fordelning': tidOchFordelning,
};

export type ToolId = keyof typeof TOOLS;
/** The model type of a tool, from its definition (its schema's output). */
export type ModelOf<K extends ToolId> = Parameters<(typeof TOOLS)[K]['questions']>[0];
export type Models = { [K in ToolId]: ModelOf<K> };

/** All tool ids, in the tools' order. */
export const TOOL_IDS = (Object.keys(TOOLS) as ToolId[]).sort((a, b) => TOOLS[a].order - TOOLS[b].order);

export function isToolId(id: string): id is ToolId {
  return Object.hasOwn(TOOLS, id);
}
