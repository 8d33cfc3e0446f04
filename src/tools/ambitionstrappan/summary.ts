import { AGREEMENT_LABELS, type Agreement, type Answers } from '../shared/scale';
import type { LadderModel } from './schema';
import { scoreLadder, TARGET_KEY } from './score';
import { describeLadder } from './words';
import type { ToolReport } from '../shared/report';

const TOOL = 'Ledningsgruppens ambitionstrappa';

export function ladderReport(model: LadderModel, answers: Answers): ToolReport {
  const r = scoreLadder(model, answers);
  const text = describeLadder(model, r);
  const goal = r.target ?? model.leadsFrom;
  // Weakness: the share of the ladder between where the group stands and where it aims
  // (or, without a target, the first level that leads collaboration).
  const weakness = r.answered === 0 ? undefined : Math.max(0, goal - r.current) / model.levels.length;
  const next = r.nextSteps[0];
  const details = next && r.answered > 0 ? next.open.slice(0, 3).map((d) => d.criterion.demand) : [];
  const rows = model.levels.flatMap((level) =>
    level.criteria.map((c) => ({
      tool: TOOL,
      section: `Nivå ${level.number}: ${level.name}`,
      item: c.question,
      answer: answers[c.id] ? AGREEMENT_LABELS[answers[c.id] as Agreement] : '',
    })),
  );
  const target = model.levels.find((l) => l.id === answers[TARGET_KEY]);
  rows.push({ tool: TOOL, section: 'Mål', item: 'Vilken nivå siktar ni på?', answer: target ? `Nivå ${target.number}: ${target.name}` : '' });
  return {
    summary: { headline: text.headline, details, answered: r.answered, total: r.total, weakness },
    rows,
  };
}
