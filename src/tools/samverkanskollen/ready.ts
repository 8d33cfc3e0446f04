// When the check has enough answers for a diagnosis: shared by its island and Min självskattning.
// Client-safe and tiny: it reads only the bank's item ids.
import type { Answers } from '../../lib/answers';
import { bankItemsByTool } from './standin';

/** How many answers the diagnosis waits for: fewer say too little to rank. */
export const DIAGNOSIS_FROM = 5;

/** How many of the check's questions have an answer in the tools' stores. */
export function kollenAnswered(answersByTool: Partial<Record<string, Answers>>): number {
  return Object.entries(bankItemsByTool()).reduce(
    (n, [tool, items]) => n + (items ?? []).filter((id) => answersByTool[tool]?.[id] !== undefined).length,
    0,
  );
}
