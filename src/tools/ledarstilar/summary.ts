import type { Answers } from '../shared/scale';
import type { LeadershipStylesModel } from './schema';
import { scoreLeadershipStyles, UNKNOWN } from './score';
import { describeLeadershipStyles } from './words';
import type { ToolReport } from '../shared/report';

const TOOL = 'Två ledarstilar';

export function leadershipStylesReport(model: LeadershipStylesModel, answers: Answers): ToolReport {
  const r = scoreLeadershipStyles(model, answers);
  const text = describeLeadershipStyles(model, r);
  // Weakness: how far the profile lies from the boundary-crossing pole that collaboration needs
  // (mean 5 → 0, mean 1 → 1). The mean, not the lowest factor: the factors together make one style.
  const weakness = r.mean === undefined ? undefined : (5 - r.mean) / 4;
  const rows = model.factors.map((f) => {
    const a = answers[f.id];
    const answer = a === UNKNOWN ? 'Vet inte' : a !== undefined ? `${a} – ${model.scale[Number(a) - 1] ?? ''}` : '';
    return { tool: TOOL, section: 'Två ledarstilar', item: f.name, answer };
  });
  return {
    summary: {
      headline: text.headline,
      details: r.preserving.slice(0, 3).map((f) => `${f.factor.name}: ${model.scale[(f.position as number) - 1] ?? ''}`),
      answered: r.answered,
      total: r.total,
      weakness,
    },
    rows,
  };
}
