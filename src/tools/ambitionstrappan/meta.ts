import type { ToolMeta } from '../meta';

export const meta = {
  id: 'ambitionstrappan',
  code: 'at',
  order: 1,
  name: 'Ledningsgruppens ambitionstrappa',
  purpose: 'Var står er ledningsgrupp i dag, vart vill ni – och vad kräver nästa steg?',
  chapter: 'samverkansledning',
  sections: ['7.1.2', '7.1.3', '7.1.4'],
} as const satisfies ToolMeta;
