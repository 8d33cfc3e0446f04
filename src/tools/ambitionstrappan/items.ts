// The ladder's questions: every criterion of every level, then the level the group aims at – with
// "vet inte" there too, since a group that has not agreed on an aim should be able to say so.
import type { Questions } from '../../lib/items';
import { agreementOptions, unknownOption } from '../shared/scale';
import type { LadderModel } from './schema';
import { TARGET_KEY } from './score';

export function questions(model: LadderModel): Questions {
  return {
    items: [
      ...model.levels.flatMap((l) =>
        l.criteria.map((c) => ({
          id: c.id,
          label: c.question,
          section: `Nivå ${l.number}: ${l.name}`,
          options: agreementOptions(),
          higherIsBetter: true,
        })),
      ),
      {
        id: TARGET_KEY,
        label: 'Vilken nivå siktar ni på?',
        section: 'Mål',
        options: [...model.levels.map((l) => ({ id: l.id, label: `Nivå ${l.number}: ${l.name}`, value: l.number })), unknownOption],
        higherIsBetter: true,
      },
    ],
  };
}
