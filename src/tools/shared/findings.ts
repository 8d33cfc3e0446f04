// Helpers every tool's findings use: naming the answers behind a finding, and the one rule all
// tools share – many "vet inte" is a finding of its own, not a silent gap.
import type { Answers } from '../../lib/answers';
import type { Finding, FindingRule, ReadNext } from '../../lib/findings';
import { answerLabel, answeredCount, type Questions } from '../../lib/items';
import { UNKNOWN } from './scale';

/** "Question – answer" for the given items that are answered, in the tool's order. */
export function answersBehind(q: Questions, answers: Answers, ids: readonly string[]): string[] {
  return [...q.items, ...(q.amounts ?? [])]
    .filter((i) => ids.includes(i.id) && answers[i.id] !== undefined)
    .map((i) => `${i.label} – ${answerLabel(i, answers[i.id]).toLowerCase()}`);
}

/**
 * A tool's list of findings and the one way to add to it: the rule, what was found, what to do,
 * the items whose answers are behind it, and where to read (the tool's default unless given).
 */
export function findingsFor(tool: { name: string }, q: Questions, answers: Answers, read: ReadNext) {
  const out: Finding[] = [];
  const add = (rule: FindingRule, title: string, advice: string, ids: readonly string[] = [], where: ReadNext = read) =>
    out.push({ rule, tool: tool.name, title, advice, because: answersBehind(q, answers, ids), read: where });
  return { out, add };
}

/** The items answered with one of `options`. */
export function answeredWith(q: Questions, answers: Answers, options: readonly string[]): string[] {
  return q.items.filter((i) => options.includes(answers[i.id] ?? '')).map((i) => i.id);
}

/** The shared rule, declared with each tool's id so that it reads "<tool>/vet-inte". */
export function unknownRule(tool: string): FindingRule {
  return {
    id: `${tool}/vet-inte`,
    severity: 'att-bevaka',
    order: 900,
    when: 'minst en tredjedel av de besvarade frågorna (och minst tre) är "vet inte"',
  };
}

/** The "vet inte" finding, when at least a third of the answers (and at least three) say so. */
export function unknownFinding(tool: { id: string; name: string }, q: Questions, answers: Answers, read: ReadNext): Finding[] {
  const { answered, unknown } = answeredCount(q, answers, UNKNOWN);
  if (unknown < 3 || unknown * 3 < answered) return [];
  return [
    {
      rule: unknownRule(tool.id),
      tool: tool.name,
      title: `${unknown} av ${answered} svar är "vet inte".`,
      advice:
        'Det ni inte vet är ett resultat i sig: ta reda på det innan ni drar slutsatser av resten, och fråga den som borde veta – ofta någon i hemorganisationen.',
      because: answersBehind(q, answers, answeredWith(q, answers, [UNKNOWN])).slice(0, 5),
      read,
    },
  ];
}
