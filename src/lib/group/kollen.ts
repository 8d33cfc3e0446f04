// Samverkanskollen in the group view. The check's answers live in the tools' own answers (a
// question referencing tool X item Y is stored under X/Y), so the check as a whole is a virtual
// tool: one spec built from the bank, and a round whose members carry the bank's answers under it.
// The spread and disagreement machinery (./tool-stats) then works on it unchanged. Pure.
import type { Answers } from '../answers';
import type { ToolItem } from '../items';
import type { Round } from './model';
import type { GroupToolSpec } from './spec';
import type { ItemStats } from './tool-stats';
import { normalise } from './tool-stats';

/** The virtual tool's id: not a registered tool, so it never meets a store or a code. */
export const CHECK_SPEC_ID = 'samverkanskollen:helhet';

/** A bank question resolved to its tool's item (src/tools/samverkanskollen/page-data.ts). */
export interface CheckQuestion {
  id: string;
  topic: string;
  tool: string;
  item: ToolItem;
}

/** The check as one spec: an item per bank question, under its topic. */
export function checkSpec(questions: readonly CheckQuestion[], name: string): GroupToolSpec {
  return {
    tool: CHECK_SPEC_ID,
    name,
    version: 1,
    items: questions.map((q) => ({ ...q.item, id: q.id, section: q.topic })),
  };
}

/** The round with each member's check answers gathered from the tools under the virtual id. */
export function checkRound(questions: readonly CheckQuestion[], round: Round): Round {
  return {
    ...round,
    members: round.members.map((m) => {
      const check: Answers = {};
      for (const q of questions) {
        const a = m.answers[q.tool]?.[q.item.id];
        if (a !== undefined) check[q.id] = a;
      }
      return { ...m, answers: { ...m.answers, [CHECK_SPEC_ID]: check } };
    }),
  };
}

/**
 * Lack of samsyn: the questions where the answers lie at least half the scale apart, among
 * those at least two people answered with a value. It is a finding when they are a quarter or
 * more of such questions (and at least two): the group does not see the same situation.
 */
export function samsynGaps(items: readonly ItemStats[]): { gaps: ItemStats[]; compared: number; lacking: boolean } {
  const compared = items.filter((i) => i.spread && i.spread.n >= 2);
  const gaps = compared.filter((i) => normalise(i.item, i.spread!.max) - normalise(i.item, i.spread!.min) >= 0.5);
  return { gaps, compared: compared.length, lacking: gaps.length >= 2 && gaps.length * 4 >= compared.length };
}

/**
 * Whether the organisation breakdown says anything: only when at least two members of the same
 * organisation answered. Returns the organisations that have two or more.
 */
export function sharedOrgs(round: Round, answered: readonly number[]): string[] {
  const count = new Map<string, number>();
  for (const i of answered) {
    const org = round.members[i]?.org?.trim();
    if (org) count.set(org, (count.get(org) ?? 0) + 1);
  }
  return [...count].filter(([, n]) => n >= 2).map(([org]) => org);
}
