// The checklists' questions: every item of every area, ja / delvis / nej / vet inte.
import type { Questions } from '../../lib/items';
import { agreementOptions } from '../shared/scale';
import type { ChecklistsModel } from './schema';

export function questions(model: ChecklistsModel): Questions {
  return {
    items: model.areas.flatMap((a) =>
      a.items.map((i) => ({ id: i.id, label: i.question, section: a.title, options: agreementOptions(), higherIsBetter: true })),
    ),
  };
}
