// Tid och fördelning: the horizon, then every amount field – actor by actor, year by year, cost
// before gain – in answer-code order.
import type { Questions } from '../../lib/items';
import { t } from '../../ui/strings-tools';
import type { PaybackModel } from './schema';
import { amountKey, amountRange, HORIZON_KEY, horizonOptions, KINDS } from './score';

const KIND_LABEL = { kostnad: t('payback.cost'), vinst: t('payback.gain') } as const;

export function questions(model: PaybackModel): Questions {
  const range = amountRange(model);
  const years = horizonOptions(model);
  return {
    items: [
      {
        id: HORIZON_KEY,
        label: t('payback.horizon.legend'),
        section: 'Tidshorisont',
        options: years.map((y) => ({ id: y, label: `${y} år`, value: Number(y) })),
        // Neither end is better in itself; a longer horizon shows more of the gains (manual 4.3).
        higherIsBetter: true,
      },
    ],
    amounts: model.actors.flatMap((a) =>
      years.flatMap((y) =>
        KINDS.map((kind) => ({
          id: amountKey(a.id, kind, Number(y)),
          label: `${KIND_LABEL[kind]} år ${y} (${model.unit})`,
          section: a.name,
          range,
        })),
      ),
    ),
  };
}
