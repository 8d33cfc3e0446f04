// The ladder in the group view: each person's level now and aimed at, and the group's medians.
import type { Answered } from '../../lib/group/stats';
import { middle } from '../../lib/group/stats';
import type { LadderModel } from './schema';
import { scoreLadder } from './score';

export interface LadderPerson {
  member: number;
  /** 0 when not even level 1 is met */
  current: number;
  target: number | undefined;
}

export function ladderGroup(model: LadderModel, people: Answered[]) {
  const rows: LadderPerson[] = people.map((p) => {
    const r = scoreLadder(model, p.answers);
    return { member: p.member, current: r.current, target: r.target };
  });
  const targets = rows.flatMap((r) => (r.target === undefined ? [] : [r.target]));
  return { rows, current: middle(rows.map((r) => r.current)), target: middle(targets) };
}
