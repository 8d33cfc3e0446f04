// The check's own questions – only those no other tool asks. The whole check (its bank) is these
// and items of the other tools, in ./bank.ts.
import type { Questions } from '../../lib/items';
import { agreementOptions } from '../shared/scale';
import type { KollenModel } from './schema';

export function questions(model: KollenModel): Questions {
  return {
    items: model.items.map((i) => ({
      id: i.id,
      label: i.question,
      section: i.section,
      options: agreementOptions(),
      higherIsBetter: true,
    })),
  };
}
