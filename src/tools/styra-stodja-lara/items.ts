// The twelve roles, side by side, rated 0–3, then the question about instruments.
import type { Questions } from '../../lib/items';
import { agreementOptions, ratingOptions } from '../shared/scale';
import type { RoleBalanceModel } from './schema';

export function questions(model: RoleBalanceModel): Questions {
  return {
    items: [
      ...model.sides.flatMap((s) =>
        s.roles.map((r) => ({ id: r.id, label: r.name, section: s.name, options: ratingOptions(model.scale, 0), higherIsBetter: true })),
      ),
      // Agreeing that the group cannot lead without instruments is the mistake: "nej" is the better state.
      {
        id: model.instruments.id,
        label: model.instruments.question,
        section: 'Styrmedel',
        options: agreementOptions(),
        higherIsBetter: false,
      },
    ],
  };
}
