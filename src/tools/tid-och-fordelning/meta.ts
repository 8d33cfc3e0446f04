import type { ToolMeta } from '../meta';

export const meta = {
  id: 'tid-och-fordelning',
  code: 'tf',
  order: 9,
  name: 'Tid och fördelning',
  purpose: 'När lönar sig samverkan, och för vem – kostnader och vinster per aktör över tid.',
  chapter: 'vad-ar-framgang',
  sections: ['3.1', '4.1', '4.3'],
} as const satisfies ToolMeta;
