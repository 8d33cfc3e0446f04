// The checklists in the group view: each person's weakest area and the group's.
import type { Answered } from '../../lib/group/stats';
import { middle } from '../../lib/group/stats';
import type { ChecklistsModel } from './schema';
import { scoreChecklists } from './score';

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
    const m = middle(shares);
    return m === undefined ? [] : [{ id: area.id, title: area.title, share: m }];
  });
  const lowest = Math.min(...areas.map((a) => a.share));
  return { rows, areas, weakest: areas.filter((a) => a.share <= lowest + 1e-9) };
}
