// When the check has enough answers for a diagnosis: shared by its island and Min självskattning.
// Client-safe and tiny: the bank's item ids per tool come from the server page.
import type { Answers } from '../../lib/answers';

/** How many answers the diagnosis waits for: fewer say too little to rank. */
export const DIAGNOSIS_FROM = 5;

/** How many of the check's questions have an answer in the tools' stores. */
export function kollenAnswered(answersByTool: Partial<Record<string, Answers>>, items: Record<string, string[]>): number {
  return Object.entries(items).reduce(
    (n, [tool, items]) => n + (items ?? []).filter((id) => answersByTool[tool]?.[id] !== undefined).length,
    0,
  );
}
