import type { ToolMeta } from '../meta';

export const meta = {
  id: 'ledarstilar',
  code: 'ls',
  order: 6,
  name: 'Två ledarstilar',
  purpose: 'Leder ni gränsbevarande eller gränsöverskridande – faktor för faktor?',
  chapter: 'gransoverskridande-ledarskap',
  sections: ['5.2'],
} as const satisfies ToolMeta;
