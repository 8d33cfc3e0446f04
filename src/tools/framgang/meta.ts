import type { ToolMeta } from '../meta';

export const meta = {
  id: 'framgang',
  code: 'fg',
  order: 7,
  name: 'Vad är framgång?',
  purpose: 'Vilken nivå av framgång siktar ni på, och hur ska ni mäta den?',
  chapter: 'vad-ar-framgang',
  sections: ['4.1', '4.2', '4.5'],
} as const satisfies ToolMeta;
