// What the group view shows beyond the spread, per tool: each person's place on the ambition
// ladder, the group's iceberg, the staircase advice side by side and the weakest links – each
// person's and the group's. Built on the tools' own scoring, so a person's result here is the
// result they saw in the tool. Pure.
import type { Answers } from '../../schemas/models/agreement';
import type { ChecklistsModel } from '../../schemas/models/checklists';
import type { IcebergModel } from '../../schemas/models/iceberg';
import type { LadderModel } from '../../schemas/models/ladder';
import type { StaircaseModel } from '../../schemas/models/staircase';
import { scoreChecklists } from '../scoring/checklists';
import { rating, zoneLevel, type ZoneScore } from '../scoring/iceberg';
import { scoreLadder } from '../scoring/ladder';
import { scoreStaircase, type StaircaseResult } from '../scoring/staircase';
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
  const zones = model.zones.map((zone): ZoneScore => {
    const ratings = people.flatMap((p) => zone.obstacles.map((o) => rating(p.answers, o.id)));
    const numbers = ratings.filter((r): r is number => typeof r === 'number');
    const mean = numbers.length ? numbers.reduce((s, n) => s + n, 0) / numbers.length : undefined;
    return {
      zone,
      total: ratings.length,
      rated: numbers.length,
      unknown: ratings.filter((r) => r === 'vet-inte').length,
      unanswered: ratings.filter((r) => r === undefined).length,
      mean,
      level: zoneLevel(model, mean),
    };
  });
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
