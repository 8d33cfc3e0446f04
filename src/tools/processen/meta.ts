import type { ToolMeta } from '../meta';

export const meta = {
  id: 'processen',
  code: 'pr',
  order: 8,
  name: 'Var är vi i processen?',
  purpose: 'I vilken fas står ledningsgruppen och projektet, och håller tidsplanen?',
  chapter: 'fran-prat-till-verkstad',
  sections: ['7.5.2', '8.2'],
} as const satisfies ToolMeta;
