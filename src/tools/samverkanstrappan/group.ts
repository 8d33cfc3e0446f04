// The staircase in the group view: each person's advice side by side, and the group's need.
import type { Answered } from '../../lib/group/stats';
import { middle } from '../../lib/group/stats';
import type { StaircaseModel } from './schema';
import { scoreStaircase, type StaircaseResult } from './score';

export interface StaircasePerson {
  member: number;
  result: StaircaseResult;
}

export function staircaseGroup(model: StaircaseModel, people: Answered[]) {
  const rows: StaircasePerson[] = people.map((p) => ({ member: p.member, result: scoreStaircase(model, p.answers) }));
  const needs = rows.flatMap((r) => (r.result.need === undefined ? [] : [r.result.need]));
  const need = middle(needs);
  const recommended = need === undefined ? [] : [...new Set([Math.floor(need), Math.ceil(need)])];
  return { rows, need, recommended };
}
