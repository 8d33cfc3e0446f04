import type { ToolMeta } from '../meta';

export const meta = {
  id: 'hindrens-isberg',
  code: 'hi',
  order: 2,
  name: 'Hindrens isberg',
  purpose: 'Vilka hinder finns i er samverkan – ovanför ytan, i vattenbrynet och under ytan?',
  chapter: 'framgangsfaktorer-och-hinder',
  sections: ['10.2'],
} as const satisfies ToolMeta;
