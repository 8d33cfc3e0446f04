// The check's questions as plain data – for its island and the deep-dive tools at build time, and
// for the group view's check section in the browser – from the bank (./bank.ts). Each question is
// the item of the tool that owns it, so the check renders the very same question and stores the answer in that tool's store.
import type { CheckQuestion } from '../../lib/group/kollen';
import type { Models, ToolId } from '../index';
import { bankItemsByTool, bankQuestions } from './bank';

/** The check's questions in order: the part is the heading they are asked under. */
export function kollenQuestions(models: Models): CheckQuestion[] {
  return bankQuestions(models).map((q) => ({ id: q.id, topic: q.part, tool: q.tool, item: q.question }));
}

/** The items of a deep-dive tool that the check also asks (none for the check itself). */
export function askedInKollen(tool: ToolId): string[] {
  return tool === 'samverkanskollen' ? [] : (bankItemsByTool()[tool] ?? []);
}

/** Item ids per tool, for pages that only need to know whether the check has answers. */
export function kollenItems(): Record<string, string[]> {
  return bankItemsByTool();
}
