// Rounds side by side: for each question, how the answers were spread in every round – the whole
// distribution, not only the median, so that "two moved up, one stayed below" shows. Pure.
import type { Group, Round } from './model';
import type { GroupItem, GroupToolSpec } from './spec';
import { answersFor } from './tool-stats';

export interface RoundCounts {
  /** 1-based round number */
  round: number;
  date: string;
  /** how many chose each option, in the item's option order */
  counts: number[];
  /** members who answered the tool but not this question */
  unanswered: number;
  /** members who answered the tool */
  n: number;
}

export interface ItemDistributions {
  item: GroupItem;
  rounds: RoundCounts[];
  /**
   * How much the answers moved between the last two rounds that have answers: half the sum of
   * the differences in shares (0 = the same spread, 1 = no answer in common).
   */
  shift: number;
}

/** One round's counts per option for one item. */
export function countsIn(spec: GroupToolSpec, item: GroupItem, round: Round, roundNo: number): RoundCounts {
  const counts = item.options.map(() => 0);
  let n = 0;
  let unanswered = 0;
  for (const m of round.members) {
    const answers = answersFor(spec, m);
    if (!answers) continue;
    n++;
    const i = item.options.findIndex((o) => o.id === answers[item.id]);
    if (i < 0) unanswered++;
    else counts[i]!++;
  }
  return { round: roundNo, date: round.date, counts, unanswered, n };
}

function shiftBetween(a: RoundCounts, b: RoundCounts): number {
  const ta = a.counts.reduce((s, c) => s + c, 0);
  const tb = b.counts.reduce((s, c) => s + c, 0);
  if (!ta || !tb) return 0;
  return a.counts.reduce((s, c, i) => s + Math.abs(c / ta - b.counts[i]! / tb), 0) / 2;
}

/**
 * Every item of a tool with its distribution in each of the given rounds (oldest first), the items
 * that moved most first. Rounds where nobody answered the tool are left out.
 */
export function distributions(spec: GroupToolSpec, group: Group, upTo = group.rounds.length): ItemDistributions[] {
  const rounds = group.rounds.slice(0, upTo);
  return spec.items
    .map((item) => {
      const per = rounds.map((r, i) => countsIn(spec, item, r, i + 1)).filter((c) => c.n > 0);
      const [a, b] = per.slice(-2);
      return { item, rounds: per, shift: a && b ? shiftBetween(a, b) : 0 };
    })
    .filter((d) => d.rounds.length > 0)
    .sort((x, y) => y.shift - x.shift);
}

/** True when at least two of the rounds up to `upTo` have answers to the tool. */
export function comparable(spec: GroupToolSpec, group: Group, upTo = group.rounds.length): boolean {
  return group.rounds.slice(0, upTo).filter((r) => r.members.some((m) => answersFor(spec, m))).length >= 2;
}
