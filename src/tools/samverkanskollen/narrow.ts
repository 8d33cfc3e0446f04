// A tool's model narrowed to the items a person was asked, so that the tool's own scoring reads a
// partial answer set honestly: an item the check never asked is left out, not counted as "nej" or
// as a missing rating. Tools whose scoring already reads any subset (the staircase, the process,
// success, the check itself) are returned as they are.
import type { Answers } from '../../lib/answers';
import type { ChecklistsModel } from '../checklistor/schema';
import type { IcebergModel } from '../hindrens-isberg/schema';
import type { ModelOf, ToolId } from '../index';
import type { LadderModel } from '../ambitionstrappan/schema';
import type { RoleBalanceModel } from '../styra-stodja-lara/schema';

/**
 * The ladder keeps the asked criteria of each level. A level none of whose criteria was asked
 * keeps them all: it counts as not yet shown, never as met by default.
 */
export function narrowLadder(model: LadderModel, keep: ReadonlySet<string>): LadderModel {
  return {
    ...model,
    levels: model.levels.map((l) => {
      const criteria = l.criteria.filter((c) => keep.has(c.id));
      return { ...l, criteria: criteria.length > 0 ? criteria : l.criteria };
    }),
  };
}

/** The iceberg keeps every zone (a zone nothing was asked about shows as not rated). */
export function narrowIceberg(model: IcebergModel, keep: ReadonlySet<string>): IcebergModel {
  return { ...model, zones: model.zones.map((z) => ({ ...z, obstacles: z.obstacles.filter((o) => keep.has(o.id)) })) };
}

/** Styra – stödja – lära keeps every side (a side nothing was asked about shows as not rated). */
export function narrowRoles(model: RoleBalanceModel, keep: ReadonlySet<string>): RoleBalanceModel {
  return { ...model, sides: model.sides.map((s) => ({ ...s, roles: s.roles.filter((r) => keep.has(r.id)) })) };
}

/** The checklists keep the areas something was asked in: the weakest link among those. */
export function narrowChecklists(model: ChecklistsModel, keep: ReadonlySet<string>): ChecklistsModel {
  return {
    ...model,
    areas: model.areas.map((a) => ({ ...a, items: a.items.filter((i) => keep.has(i.id)) })).filter((a) => a.items.length > 0),
  };
}

/** The items to keep for one tool: those the check asks and those the person has answered anyway. */
export function keptItems(asked: readonly string[], answers: Answers | undefined): Set<string> {
  return new Set([...asked, ...Object.keys(answers ?? {})]);
}

/** The model the check reads a tool's answers with. */
export function narrowModel<K extends ToolId>(id: K, model: ModelOf<K>, keep: ReadonlySet<string>): ModelOf<K> {
  switch (id) {
    case 'ambitionstrappan':
      return narrowLadder(model as LadderModel, keep);
    case 'hindrens-isberg':
      return narrowIceberg(model as IcebergModel, keep);
    case 'styra-stodja-lara':
      return narrowRoles(model as RoleBalanceModel, keep);
    case 'checklistor':
      return narrowChecklists(model as ChecklistsModel, keep);
    default:
      return model;
  }
}
