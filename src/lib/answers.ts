// Keeping answers in step with a model: only known items and valid options survive. Used when
// loading stored answers, importing files and reading answer codes.
import { isAmount, type AmountRange } from './amounts';

/** A tool's answers: item id → option id (or an amount, see ./amounts). */
export type Answers = Record<string, string>;

export interface AnswerSpace {
  /** item id → the option ids allowed for it */
  options: ReadonlyMap<string, readonly string[]>;
  /**
   * Items answered with an amount instead of an option (see src/lib/amounts.ts): item id → the
   * range allowed. In answer codes they follow all option items, in this order.
   */
  amounts?: ReadonlyMap<string, AmountRange>;
}

export function answerSpace(
  items: Iterable<{ id: string; options: readonly string[] }>,
  amounts?: Iterable<{ id: string; range: AmountRange }>,
): AnswerSpace {
  const space: AnswerSpace = { options: new Map([...items].map((i) => [i.id, i.options])) };
  if (amounts) space.amounts = new Map([...amounts].map((a) => [a.id, a.range]));
  return space;
}

/** The answers that fit the model, and how many did not. */
export function fitAnswers(answers: Answers, space: AnswerSpace): { answers: Answers; dropped: number } {
  const kept: Answers = {};
  let dropped = 0;
  for (const [item, option] of Object.entries(answers)) {
    if (space.options.get(item)?.includes(option) || isAmount(option, space.amounts?.get(item))) kept[item] = option;
    else dropped++;
  }
  return { answers: kept, dropped };
}
