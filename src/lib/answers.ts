// Keeping answers in step with a model: only known items and valid options survive. Used when
// loading stored answers, importing files and (later) reading answer codes.
import type { Answers } from '../schemas/models/agreement';

export interface AnswerSpace {
  /** item id → the option ids allowed for it */
  options: ReadonlyMap<string, readonly string[]>;
}

export function answerSpace(items: Iterable<{ id: string; options: readonly string[] }>): AnswerSpace {
  return { options: new Map([...items].map((i) => [i.id, i.options])) };
}

/** The answers that fit the model, and how many did not. */
export function fitAnswers(answers: Answers, space: AnswerSpace): { answers: Answers; dropped: number } {
  const kept: Answers = {};
  let dropped = 0;
  for (const [item, option] of Object.entries(answers)) {
    if (space.options.get(item)?.includes(option)) kept[item] = option;
    else dropped++;
  }
  return { answers: kept, dropped };
}
