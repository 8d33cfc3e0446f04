// TEMPORARY stand-in for kollen-logic's bank.ts and diagnosis.ts, until their API lands.
import type { Answers } from '../../lib/answers';
import { rankFindings, type Finding } from '../../lib/findings';

export interface BankQuestion {
  id: string;
  topic: string;
  tool: 'ambitionstrappan' | 'samverkanstrappan' | 'hindrens-isberg';
  item: string;
}

export const BANK: readonly BankQuestion[] = [
  { id: 'ses', topic: 'Gruppen', tool: 'ambitionstrappan', item: 'ses-alls' },
  { id: 'kanner', topic: 'Gruppen', tool: 'ambitionstrappan', item: 'kanner-varandra' },
  { id: 'mandat', topic: 'Mandat', tool: 'samverkanstrappan', item: 'mandat' },
  { id: 'uppdrag', topic: 'Mandat', tool: 'samverkanstrappan', item: 'uppdrag' },
];

export function bankItemsByTool(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const q of BANK) (out[q.tool] ??= []).push(q.item);
  return out;
}

export interface DiagnosisFinding {
  finding: Finding;
}
export interface Standing {
  tool: string;
  name: string;
  text: string;
  href: string;
}
export interface Diagnosis {
  findings: Finding[];
  standings: Standing[];
  unknowns: string[];
}

export function diagnose(answers: Partial<Record<string, Answers>>): Diagnosis {
  const findings: Finding[] = [];
  if (answers.samverkanstrappan?.mandat === 'nej')
    findings.push({
      rule: { id: 'samverkanskollen/mandat', severity: 'kritisk', order: 100, when: '' },
      tool: 'Samverkanskollen',
      title: 'Mandatet saknas',
      advice: 'Skaffa mandat.',
      because: ['Mandat – nej'],
      read: { label: 'Mandat', href: '/handboken/' },
    });
  return { findings: rankFindings(findings), standings: [], unknowns: [] };
}
