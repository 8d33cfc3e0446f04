// The iceberg's questions: every obstacle, zone by zone from the top, rated 0–3 or "vet inte".
import type { Questions } from '../../lib/items';
import { ratingOptions } from '../shared/scale';
import type { IcebergModel } from './schema';

export function questions(model: IcebergModel): Questions {
  return {
    items: model.zones.flatMap((z) =>
      z.obstacles.map((o) => ({
        id: o.id,
        label: o.name,
        section: z.title,
        options: ratingOptions(model.scale, 0),
        higherIsBetter: false,
      })),
    ),
  };
}
