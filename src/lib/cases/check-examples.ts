// A case's example answers must fit the tools as they are today: an answer the tool would drop
// (an unknown question, or an option the question does not have) stops the build, so that a
// reader never loads an example that silently lacks answers. Pure: the spaces come from the
// tools' questions (spaceFor in src/tools/derived.ts, called from src/models/cases.ts).
import { fitAnswers, type AnswerSpace } from '../answers';
import type { Answers } from '../answers';

/** One line per answer that does not fit, in Swedish; empty when all fit. */
export function exampleProblems(tool: string, answers: Answers, space: AnswerSpace): string[] {
  if (fitAnswers(answers, space).dropped === 0) return [];
  const problems: string[] = [];
  for (const [item, option] of Object.entries(answers)) {
    const options = space.options.get(item);
    if (!options) problems.push(`${tool}: "${item}" är ingen fråga i verktyget`);
    else if (!options.includes(option))
      problems.push(`${tool}: "${item}" har inget svarsalternativ "${option}" (välj bland ${options.join(', ')})`);
  }
  return problems;
}
