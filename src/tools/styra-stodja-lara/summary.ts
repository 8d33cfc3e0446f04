import { AGREEMENT_LABELS, type Agreement, type Answers } from '../shared/scale';
import type { RoleBalanceModel } from './schema';
import { scoreRoleBalance, UNKNOWN } from './score';
import { describeRoleBalance } from './words';
import type { ToolReport } from '../shared/report';

const TOOL = 'Styra – stödja – lära';

export function roleBalanceReport(model: RoleBalanceModel, answers: Answers): ToolReport {
  const r = scoreRoleBalance(model, answers);
  const text = describeRoleBalance(model, r);
  const means = r.sides.flatMap((s) => (s.mean === undefined ? [] : [s.mean]));
  // Weakness: how little of its weakest side the group practises (3 → 0, 0 → 1). All three sides
  // are needed, so the weakest one decides, not the average.
  const weakness = means.length === 0 ? undefined : 1 - Math.min(...means) / 3;
  const details = [...text.mistakes.map((m) => m.title), ...r.weakRoles.map((w) => `${w.role.name} (${w.side.name.toLowerCase()})`)].slice(0, 3);
  const rows = model.sides.flatMap((side) =>
    side.roles.map((role) => {
      const a = answers[role.id];
      const answer = a === UNKNOWN ? 'Vet inte' : a !== undefined ? `${a} – ${model.scale[Number(a)] ?? ''}` : '';
      return { tool: TOOL, section: side.name, item: role.name, answer };
    }),
  );
  const instruments = answers[model.instruments.id] as Agreement | undefined;
  rows.push({ tool: TOOL, section: 'Styrmedel', item: model.instruments.question, answer: instruments ? AGREEMENT_LABELS[instruments] : '' });
  return {
    // The instruments question counts as one of the questions, beside the twelve roles.
    summary: { headline: text.headline, details, answered: r.answered + (r.instruments ? 1 : 0), total: r.total + 1, weakness },
    rows,
  };
}
