import type { Answers } from '../../schemas/models/agreement';
import type { LeadershipStylesModel } from '../../schemas/models/leadership-styles';
import { scoreLeadershipStyles, UNKNOWN } from '../scoring/leadership-styles';
import { describeLeadershipStyles } from '../scoring/leadership-styles-text';
import type { ToolReport } from './types';

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
