import type { ToolId } from '../schemas/tool-ids';

export interface ToolMeta {
  /** The tool's name as the reader meets it. */
  name: string;
  /** What the tool helps a group find out, in one sentence. */
  purpose: string;
  /** The chapter (slug) that teaches the model the tool applies. */
  chapter: string;
  /** Sections of the manual the tool builds on. */
  sections: string[];
  /** True once /verktyg/<id>/ exists; until then nothing links to it. */
  available: boolean;
}

/** One entry per tool: names and places, shared by chapter links, tool pages and index pages. */
export const TOOLS: Record<ToolId, ToolMeta> = {
  ambitionstrappan: {
    name: 'Ledningsgruppens ambitionstrappa',
    purpose: 'Var står er ledningsgrupp i dag, vart vill ni – och vad kräver nästa steg?',
    chapter: 'samverkansledning',
    sections: ['7.1.2', '7.1.3', '7.1.4'],
    available: true,
  },
  'hindrens-isberg': {
    name: 'Hindrens isberg',
    purpose: 'Vilka hinder finns i er samverkan – ovanför ytan, i vattenbrynet och under ytan?',
    chapter: 'framgangsfaktorer-och-hinder',
    sections: ['10.2'],
    available: true,
  },
  samverkanstrappan: {
    name: 'Samverkanstrappan',
    purpose: 'Vilken organisationsform passar er målgrupp, era resurser och er ambition?',
    chapter: 'fran-prat-till-verkstad',
    sections: ['2.5', '8.1'],
    available: true,
  },
  checklistor: {
    name: 'Checklistor före start',
    purpose: 'Är ni redo att starta? Frågorna före start, framgångsfaktorerna och de klassiska misstagen.',
    chapter: 'framgangsfaktorer-och-hinder',
    sections: ['2.5', '7.1.2', '7.5.3', '8.3', '9.2.2', '10.1'],
    available: true,
  },
  'styra-stodja-lara': {
    name: 'Styra – stödja – lära',
    purpose: 'Hur väl balanserar ledningsgruppen de tre sidorna av samverkansledning?',
    chapter: 'samverkansledning',
    sections: ['7.6'],
    available: true,
  },
  ledarstilar: {
    name: 'Två ledarstilar',
    purpose: 'Leder ni gränsbevarande eller gränsöverskridande – faktor för faktor?',
    chapter: 'gransoverskridande-ledarskap',
    sections: ['5.2'],
    available: true,
  },
  framgang: {
    name: 'Vad är framgång?',
    purpose: 'Vilken nivå av framgång siktar ni på, och hur ska ni mäta den?',
    chapter: 'vad-ar-framgang',
    sections: ['4.1', '4.2', '4.5'],
    available: true,
  },
  processen: {
    name: 'Var är vi i processen?',
    purpose: 'I vilken fas står ledningsgruppen och projektet, och håller tidsplanen?',
    chapter: 'fran-prat-till-verkstad',
    sections: ['7.5.2', '8.2'],
    available: true,
  },
  'tid-och-fordelning': {
    name: 'Tid och fördelning',
    purpose: 'När lönar sig samverkan, och för vem – kostnader och vinster per aktör över tid.',
    chapter: 'vad-ar-framgang',
    sections: ['3.1', '4.1', '4.3'],
    available: true,
  },
};

export function toolPath(id: ToolId): string {
  return `/verktyg/${id}/`;
}

export function availableTools(): [ToolId, ToolMeta][] {
  return (Object.entries(TOOLS) as [ToolId, ToolMeta][]).filter(([, t]) => t.available);
}
