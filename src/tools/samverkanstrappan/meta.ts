import type { ToolMeta } from '../meta';

export const meta = {
  id: 'samverkanstrappan',
  code: 'st',
  order: 3,
  name: 'Samverkanstrappan',
  purpose: 'Vilken organisationsform passar er målgrupp, era resurser och er ambition?',
  chapter: 'fran-prat-till-verkstad',
  sections: ['2.5', '8.1'],
} as const satisfies ToolMeta;
