// The iceberg on the shared scale (manual 10.2): the hardest obstacles lie under the surface,
// and formal obstacles named while nothing deeper is are often a reason given instead of the
// real one – so both are serious, and neither outranks a group that has no leadership yet.
import type { Answers } from '../../lib/answers';
import type { Finding, FindingRule } from '../../lib/findings';
import type { Questions } from '../../lib/items';
import { list } from '../../lib/swedish';
import { findingsFor, unknownFinding } from '../shared/findings';
import { meta } from './meta';
import type { IcebergModel } from './schema';
import type { IcebergResult } from './score';

export const RULES = {
  deep: {
    id: 'hindrens-isberg/starka-hinder-under-ytan',
    severity: 'allvarlig',
    order: 500,
    when: 'hindren under ytan väger tyngst eller lika tungt som andra zoner, och är starka',
  },
  formalOnly: {
    id: 'hindrens-isberg/bara-formella-hinder',
    severity: 'allvarlig',
    order: 510,
    when: 'minst ett formellt hinder är skattat som påtagligt (2 eller 3) men inget hinder längre ner',
  },
  strong: {
    id: 'hindrens-isberg/starka-hinder',
    severity: 'att-bevaka',
    order: 500,
    when: 'en zon har starka hinder (utan de två mönstren ovan)',
  },
  clear: { id: 'hindrens-isberg/inga-hinder', severity: 'styrka', order: 500, when: 'inget hinder är skattat över 0' },
} as const satisfies Record<string, FindingRule>;

export function icebergFindings(model: IcebergModel, r: IcebergResult, answers: Answers, q: Questions): Finding[] {
  const { out, add } = findingsFor(meta, q, answers, model.readNext);
  const deepest = r.zones[r.zones.length - 1];
  // Obstacles "cited": rated at the level where the tool lists them among the heaviest.
  const cited = r.cited.filter((o) => o.zone.formal).map((o) => o.obstacle.id);
  const deeperCited = r.cited.filter((o) => !o.zone.formal);
  const topIds = (zoneId?: string) => r.top.filter((t) => zoneId === undefined || t.zone.id === zoneId).map((t) => t.obstacle.id);
  if (deepest && r.dominant.includes(deepest) && deepest.level === 'high') {
    add(
      RULES.deep,
      `De starkaste hindren ligger under ytan: ${list(r.top.filter((t) => t.zone.id === deepest.zone.id).map((t) => t.obstacle.name.toLowerCase()))}.`,
      'De här hindren går inte att lösa med beslut eller avtal. De kräver tid, relationer och ett öppet samtal om det som sällan sägs högt.',
      topIds(deepest.zone.id),
      deepest.zone.readNext,
    );
  } else if (cited.length > 0 && deeperCited.length === 0) {
    add(
      RULES.formalOnly,
      'Ni ser formella hinder men inget under ytan.',
      `Formella hinder är sällan det som stoppar parter som vill. Ställ frågan: ${model.realReason.question}`,
      cited,
    );
  } else if (r.zones.some((z) => z.level === 'high')) {
    const high = r.zones.filter((z) => z.level === 'high');
    add(
      RULES.strong,
      `Starka hinder: ${list(high.map((z) => z.zone.title.toLowerCase()))}.`,
      'Ta hindren i tur och ordning, de tyngsta först, och fråga vad som ligger bakom dem.',
      topIds(),
    );
  } else if (r.pattern === 'none') {
    add(RULES.clear, 'Ni ser inga hinder just nu.', 'Pröva bilden mot någon utanför gruppen – hinder under ytan syns sämst inifrån.', []);
  }
  return [...out, ...unknownFinding(meta, q, answers, model.readNext)];
}
