// The group's iceberg: each zone's mean over everyone's 0–3 ratings of its obstacles.
import type { Answered } from '../../lib/group/stats';
import type { IcebergModel } from './schema';
import { scoreZone, type ZoneScore } from './score';

/** The iceberg for the whole group: each zone's mean over everyone's 0–3 ratings of its obstacles. */
export function icebergGroup(model: IcebergModel, people: Answered[]): { zones: ZoneScore[]; dominant: string[] } {
  const zones = model.zones.map((zone) => scoreZone(model, zone, ...people.map((p) => p.answers)));
  const highest = Math.max(...zones.map((z) => z.mean ?? -1));
  const dominant = highest > 0 ? zones.filter((z) => z.mean !== undefined && z.mean >= highest - 1e-9).map((z) => z.zone.id) : [];
  return { zones, dominant };
}
