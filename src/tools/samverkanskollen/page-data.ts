// Server side: the check's questions as plain data for its island and for the deep-dive tools.
// Each bank question is resolved to the item of the tool that owns it, so the check renders the
// very same question (same options, same "vet inte") and stores the answer in that tool's store.
import type { ToolItem } from '../../lib/items';
import { questionsOf } from '../derived';
import type { Models, ToolId } from '../index';
import { BANK, bankItemsByTool } from './standin';

export interface KollenQuestion {
  /** the bank's id for the question */
  id: string;
  /** the heading the question is asked under */
  topic: string;
  /** the tool whose store keeps the answer */
  tool: ToolId;
  item: ToolItem;
}

export function kollenQuestions(models: Models): KollenQuestion[] {
  return BANK.map((q) => {
    const tool = q.tool as ToolId;
    const item = questionsOf(tool, models[tool]).items.find((i) => i.id === q.item);
    if (!item) throw new Error(`Samverkanskollen: frågan ${q.id} pekar på ${q.tool}/${q.item}, som inte finns`);
    return { id: q.id, topic: q.topic, tool, item };
  });
}

/** The items of a deep-dive tool that the check also asks (none for the check itself). */
export function askedInKollen(tool: ToolId): string[] {
  return tool === ('samverkanskollen' as ToolId) ? [] : (bankItemsByTool()[tool] ?? []);
}

/** The models the check's diagnosis reads: those of the tools its questions come from. */
export function kollenModels(models: Models, questions: readonly KollenQuestion[]): Partial<Models> {
  return Object.fromEntries([...new Set(questions.map((q) => q.tool))].map((id) => [id, models[id]]));
}
