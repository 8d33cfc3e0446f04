import type { Answers } from '../shared/scale';
import type { PaybackModel } from './schema';
import { formatAmount } from '../../lib/amounts';
import { amountKey, HORIZON_KEY, isSvartePetter, KINDS, scorePayback } from './score';
import { describePayback } from './words';
import { t } from '../../ui/strings';
import type { ToolReport } from '../shared/report';

const TOOL = 'Tid och fördelning';
const KIND_LABEL = { kostnad: t('payback.cost'), vinst: t('payback.gain') } as const;

export function paybackReport(model: PaybackModel, answers: Answers): ToolReport {
  const r = scorePayback(model, answers);
  const text = describePayback(model, r);
  // Weakness: half for a calculation that does not pay back within the horizon, half for one
  // that leaves an actor with the costs (Svarte Petter) – each threatens that the work lasts.
  const weakness = r.hasMoney ? (r.total.payback === undefined ? 0.5 : 0) + (isSvartePetter(r) ? 0.5 : 0) : undefined;
  const details = [...text.warning.slice(0, 1), ...text.lines.filter((l) => l.startsWith('Investeringspuckeln'))];
  const rows = [
    { tool: TOOL, section: 'Tidshorisont', item: t('payback.horizon.legend'), answer: r.chosenHorizon ? `${r.chosenHorizon} år` : '' },
    ...model.actors.flatMap((a) =>
      Array.from({ length: r.horizon }, (_, i) => i + 1).flatMap((year) =>
        KINDS.map((kind) => {
          const value = answers[amountKey(a.id, kind, year)];
          return { tool: TOOL, section: a.name, item: `${KIND_LABEL[kind]} år ${year} (${model.unit})`, answer: value ? formatAmount(Number(value)) : '' };
        }),
      ),
    ),
  ];
  const answered = (answers[HORIZON_KEY] && r.chosenHorizon ? 1 : 0) + r.entered;
  return {
    summary: { headline: text.headline, details, answered, total: 1 + r.fields, weakness },
    rows,
  };
}
