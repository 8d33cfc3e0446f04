// What the group view shows beyond the spread, per tool: each person's place on the ambition
// ladder, the group's iceberg, the staircase advice side by side and the weakest links – each
// person's and the group's. Built on the tools' own scoring, so a person's result here is the
// result they saw in the tool. Pure.
import type { Answers } from '../../tools/shared/scale';
import type { ChecklistsModel } from '../../tools/checklistor/schema';
import type { IcebergModel } from '../../tools/hindrens-isberg/schema';
import type { LadderModel } from '../../tools/ambitionstrappan/schema';
import type { StaircaseModel } from '../../tools/samverkanstrappan/schema';
import { scoreChecklists } from '../../tools/checklistor/score';
import { scoreZone, type ZoneScore } from '../../tools/hindrens-isberg/score';
import { scoreLadder } from '../../tools/ambitionstrappan/score';
import { scoreStaircase, type StaircaseResult } from '../../tools/samverkanstrappan/score';
import { median } from './stats';

/** One person's answers to one tool, with their index in the round. */
export interface Answered {
  member: number;
  answers: Answers;
}

const mid = (values: number[]) => (values.length ? median([...values].sort((a, b) => a - b)) : undefined);

// ── Ambitionstrappan ──────────────────────────────────────────────────────────────────────────
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
  return { rows, current: mid(rows.map((r) => r.current)), target: mid(targets) };
}

// ── Hindrens isberg ───────────────────────────────────────────────────────────────────────────
/** The iceberg for the whole group: each zone's mean over everyone's 0–3 ratings of its obstacles. */
export function icebergGroup(model: IcebergModel, people: Answered[]): { zones: ZoneScore[]; dominant: string[] } {
  const zones = model.zones.map((zone) => scoreZone(model, zone, ...people.map((p) => p.answers)));
  const highest = Math.max(...zones.map((z) => z.mean ?? -1));
  const dominant = highest > 0 ? zones.filter((z) => z.mean !== undefined && z.mean >= highest - 1e-9).map((z) => z.zone.id) : [];
  return { zones, dominant };
}

// ── Samverkanstrappan ─────────────────────────────────────────────────────────────────────────
export interface StaircasePerson {
  member: number;
  result: StaircaseResult;
}

export function staircaseGroup(model: StaircaseModel, people: Answered[]) {
  const rows: StaircasePerson[] = people.map((p) => ({ member: p.member, result: scoreStaircase(model, p.answers) }));
  const needs = rows.flatMap((r) => (r.result.need === undefined ? [] : [r.result.need]));
  const need = mid(needs);
  const recommended = need === undefined ? [] : [...new Set([Math.floor(need), Math.ceil(need)])];
  return { rows, need, recommended };
}

// ── Checklistor: the weakest link ─────────────────────────────────────────────────────────────
export interface AreaLink {
  id: string;
  title: string;
  /** share of possible points, 0–1 */
  share: number;
}

/** Each person's weakest area, and the group's: the area with the lowest median share. */
export function checklistsGroup(model: ChecklistsModel, people: Answered[]) {
  const results = people.map((p) => ({ member: p.member, result: scoreChecklists(model, p.answers) }));
  const rows = results.map(({ member, result }) => ({
    member,
    weakest: result.weakest.map((a): AreaLink => ({ id: a.area.id, title: a.area.title, share: a.score ?? 0 })),
  }));
  const areas = model.areas.flatMap((area, i): AreaLink[] => {
    const shares = results.flatMap(({ result }) => {
      const s = result.scores[i]!;
      return s.judged && s.score !== undefined ? [s.score] : [];
    });
    const m = mid(shares);
    return m === undefined ? [] : [{ id: area.id, title: area.title, share: m }];
  });
  const lowest = Math.min(...areas.map((a) => a.share));
  return { rows, areas, weakest: areas.filter((a) => a.share <= lowest + 1e-9) };
}
