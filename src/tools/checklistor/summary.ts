import { AGREEMENT_LABELS, type Agreement, type Answers } from '../shared/scale';
import type { ChecklistsModel } from './schema';
import { scoreChecklists } from './score';
import { describeChecklists } from './words';
import type { ToolReport } from '../shared/report';

const TOOL = 'Checklistor före start';

export function checklistsReport(model: ChecklistsModel, answers: Answers): ToolReport {
  const r = scoreChecklists(model, answers);
  const text = describeChecklists(model, r);
  const weakest = r.weakest[0];
  // Weakness: what the weakest judged area lacks (the chain breaks at its weakest link).
  const weakness = weakest?.score === undefined ? undefined : 1 - weakest.score;
  const rows = model.areas.flatMap((area) =>
    area.items.map((item) => {
      const a = answers[item.id] as Agreement | undefined;
      return { tool: TOOL, section: area.title, item: item.question, answer: a ? AGREEMENT_LABELS[a] : '' };
    }),
  );
  return {
    summary: {
      headline: text.headline,
      details: weakest ? weakest.toWorkOn.slice(0, 3).map((w) => w.item.todo) : [],
      answered: r.answered,
      total: r.total,
      weakness,
    },
    rows,
  };
}
