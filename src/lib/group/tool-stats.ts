// A group's answers to one tool, item by item: who gave which value, the spread, how many answered,
// where the group disagrees most (normalised, so that a 0–2 question and a 1–5 question compare)
// and whether the disagreement runs between the organisations or within them. Pure.
import { fitAnswers, answerSpace } from '../answers';
import type { Answers } from '../answers';
import type { Member, Round } from './model';
import { orgSplit, rankByDisagreement, spread, type OrgSplit, type Spread } from './stats';
import { valueOf, valueRange, type GroupItem, type GroupOption, type GroupToolSpec } from './spec';

export interface Dot {
  /** index of the member in the round (for the label "Person n") */
  member: number;
  value: number;
}

export interface ItemStats {
  item: GroupItem;
  dots: Dot[];
  spread: Spread | undefined;
  /** answered "vet inte" (or another option without a value) */
  unknown: number;
  /** members who answered the tool but left this item open */
  unanswered: number;
  split: OrgSplit;
}

export interface ToolStats {
  spec: GroupToolSpec;
  /** members who answered at least one of the tool's questions */
  respondents: number;
  items: ItemStats[];
}

/** A member's answers to the tool, limited to what the current model knows. */
export function answersFor(spec: GroupToolSpec, member: Member): Answers | undefined {
  const raw = member.answers[spec.tool];
  if (!raw) return undefined;
  const fitted = fitAnswers(raw, answerSpace(spec.items.map((i) => ({ id: i.id, options: i.options.map((o) => o.id) })))).answers;
  return Object.keys(fitted).length ? fitted : undefined;
}

/** Everyone in the round who answered the tool, with their index in the round. */
export function peopleFor(spec: GroupToolSpec, round: Round): { member: number; org: string | undefined; answers: Answers }[] {
  return round.members.flatMap((m, member) => {
    const answers = answersFor(spec, m);
    return answers ? [{ member, org: m.org, answers }] : [];
  });
}

export function toolStats(spec: GroupToolSpec, round: Round): ToolStats {
  const answered = peopleFor(spec, round).map((p) => ({ index: p.member, org: p.org, answers: p.answers }));
  const items = spec.items.map((item) => {
    const dots: Dot[] = [];
    const withOrg: { org: string | undefined; value: number }[] = [];
    let unknown = 0;
    let unanswered = 0;
    for (const p of answered) {
      const option = p.answers[item.id];
      const value = valueOf(item, option);
      if (value !== undefined) {
        dots.push({ member: p.index, value });
        withOrg.push({ org: p.org, value });
      } else if (option === undefined) unanswered++;
      else unknown++;
    }
    return { item, dots, spread: spread(dots.map((d) => d.value)), unknown, unanswered, split: orgSplit(withOrg) };
  });
  return { spec, respondents: answered.length, items };
}

/** Position on the item's own scale, 0 … 1 (for comparing items with different scales). */
export function normalise(item: GroupItem, value: number): number {
  const r = valueRange(item);
  return r && r.max > r.min ? (value - r.min) / (r.max - r.min) : 0;
}

/** Items ordered by disagreement, widest first; items fewer than two answered are left out. */
export function disagreements(stats: ToolStats): { item: ItemStats; spread: Spread }[] {
  const byId = new Map(stats.items.map((s) => [s.item.id, s]));
  return rankByDisagreement(stats.items.map((s) => ({ item: s.item.id, values: s.dots.map((d) => normalise(s.item, d.value)) })))
    .filter((r) => r.spread.range > 0)
    .map((r) => ({ item: byId.get(r.item)!, spread: byId.get(r.item)!.spread! }));
}

/** The option label nearest to a value on the item's scale (for "Nej – Delvis – Ja" in words). */
export function labelOf(item: GroupItem, value: number): string {
  let best = item.options[0]?.label ?? String(value);
  let distance = Infinity;
  for (const o of item.options) {
    if (o.value === null) continue;
    const d = Math.abs(o.value - value);
    if (d < distance) [best, distance] = [o.short ?? o.label, d];
  }
  return Number.isInteger(value) || distance === 0 ? best : `mellan ${labelBelow(item, value)} och ${labelAbove(item, value)}`;
}

const valued = (item: GroupItem) => item.options.filter((o) => o.value !== null).sort((a, b) => a.value! - b.value!);
const shortOf = (o: GroupOption | undefined) => o?.short ?? o?.label ?? '';
const labelBelow = (item: GroupItem, v: number) => shortOf([...valued(item)].reverse().find((o) => o.value! <= v));
const labelAbove = (item: GroupItem, v: number) => shortOf(valued(item).find((o) => o.value! >= v));

export interface ItemChange {
  item: GroupItem;
  before: Spread;
  after: Spread;
  /** change of the median, in the item's own units; positive = higher */
  change: number;
  /** true when the change is for the better (a higher "ja", a lower obstacle) */
  better: boolean;
}

/** How the group's medians moved from one round to another, the largest moves first. */
export function compareRounds(spec: GroupToolSpec, before: Round, after: Round): ItemChange[] {
  const a = toolStats(spec, before);
  const b = toolStats(spec, after);
  return a.items
    .flatMap((s, i) => {
      const next = b.items[i]!;
      if (!s.spread || !next.spread) return [];
      const change = next.spread.median - s.spread.median;
      return change === 0
        ? []
        : [{ item: s.item, before: s.spread, after: next.spread, change, better: s.item.higherIsBetter ? change > 0 : change < 0 }];
    })
    .sort(
      (x, y) =>
        Math.abs(normalise(y.item, y.after.median) - normalise(y.item, y.before.median)) -
        Math.abs(normalise(x.item, x.after.median) - normalise(x.item, x.before.median)),
    );
}
