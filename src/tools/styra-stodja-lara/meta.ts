import type { ToolMeta } from '../meta';

export const meta = {
  id: 'styra-stodja-lara',
  code: 'ss',
  order: 5,
  name: 'Styra – stödja – lära',
  purpose: 'Hur väl balanserar ledningsgruppen de tre sidorna av samverkansledning?',
  chapter: 'samverkansledning',
  sections: ['7.6'],
} as const satisfies ToolMeta;
