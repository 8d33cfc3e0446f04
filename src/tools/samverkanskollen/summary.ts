// The check's own questions as Min självskattning and the group view show them. The check as a
// whole – every model placed and the findings ranked – is the diagnosis (./diagnosis.ts).
import type { Answers } from '../../lib/answers';
import { answeredCount } from '../../lib/items';
import type { ToolReport } from '../define';
import { kollenFindings } from './findings';
import { questions } from './items';
import type { KollenModel } from './schema';

export function kollenReport(model: KollenModel, answers: Answers): ToolReport {
  const q = questions(model);
  const { answered, total } = answeredCount(q, answers);
  const missing = model.items.filter((i) => answers[i.id] === 'nej' || answers[i.id] === 'delvis');
  const headline =
    answered === 0
      ? 'Svara på kollens frågor så visas här hur grunden för samverkan ser ut: ärlighet, samsyn, förankring och tro på arbetet.'
      : missing.length === 0
        ? `Av de ${answered} av kollens egna frågor ni har svarat på finns inget som är nej eller delvis.`
        : `${missing.length} av kollens egna frågor pekar på något som fattas: ${missing.map((i) => i.label).join(', ')}.`;
  return {
    summary: { headline, details: [], answered, total },
    findings: kollenFindings(model, answers, q),
  };
}
