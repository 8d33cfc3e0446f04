import type { ToolMeta } from '../meta';

export const meta = {
  id: 'samverkanskollen',
  code: 'sk',
  order: 0,
  name: 'Samverkanskollen',
  purpose: 'En genomgång av hela samverkan på en gång: var står ni, vad bär och vad måste ni ta itu med först?',
  chapter: 'framgangsfaktorer-och-hinder',
  sections: ['4.3', '7.1.4', '7.5.1', '7.5.3', '10.1.2'],
} as const satisfies ToolMeta;
