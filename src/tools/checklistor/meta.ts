import type { ToolMeta } from '../meta';

export const meta = {
  id: 'checklistor',
  code: 'cl',
  order: 4,
  name: 'Checklistor före start',
  purpose: 'Är ni redo att starta? Frågorna före start, framgångsfaktorerna och de klassiska misstagen.',
  chapter: 'framgangsfaktorer-och-hinder',
  sections: ['2.5', '7.1.2', '7.5.3', '8.3', '9.2.2', '10.1'],
} as const satisfies ToolMeta;
