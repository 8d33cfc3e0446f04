// The result as Min självskattning and the group view show it – the tool's headline, a
// few lines on what to work on, and the findings on the shared scale. Pure.
import type { Answers } from '../../lib/answers';
import type { ToolReport } from '../define';
import { roleBalanceFindings } from './findings';
import { questions } from './items';
import type { RoleBalanceModel } from './schema';
import { scoreRoleBalance } from './score';
import { describeRoleBalance } from './words';

export function roleBalanceReport(model: RoleBalanceModel, answers: Answers): ToolReport {
  const r = scoreRoleBalance(model, answers);
  const text = describeRoleBalance(model, r);
  const details = [...text.mistakes.map((m) => m.title), ...r.weakRoles.map((w) => `${w.role.name} (${w.side.name.toLowerCase()})`)].slice(
    0,
    3,
  );
  return {
    summary: { headline: text.headline, details, answered: r.answered + (r.instruments ? 1 : 0), total: r.total + 1 },
    findings: roleBalanceFindings(model, r, answers, questions(model)),
  };
}
