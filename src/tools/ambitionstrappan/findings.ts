// What the ladder's answers mean on the shared severity scale (manual 7.1.3–7.1.4): a group that
// does not stand on the first rung, or that runs a project from below the levels that lead, has
// the leadership every later step depends on missing.
import type { Answers } from '../../lib/answers';
import type { Finding, FindingRule } from '../../lib/findings';
import type { Questions } from '../../lib/items';
import { findingsFor, unknownFinding } from '../shared/findings';
import { meta } from './meta';
import { partlyOnTheWay, whereStands } from './words';
import type { LadderModel } from './schema';
import type { LadderResult } from './score';

/** The criterion that says the group already leads a project (level 3). */
const LEADS_PROJECT = 'leder-projekt';
const READ = { label: 'Kapitel 7 – Fyra ambitionsnivåer', href: '/handboken/samverkansledning/#fyra-ambitionsnivåer--ambitionstrappan' };

export const RULES = {
  underFirst: {
    id: 'ambitionstrappan/under-niva-1',
    severity: 'kritisk',
    order: 100,
    when: 'nivå 1 nås inte och minst ett av dess villkor är besvarat nej',
  },
  leadsFromBelow: {
    id: 'ambitionstrappan/leder-projekt-underifran',
    severity: 'kritisk',
    order: 105,
    when: 'gruppen säger att den leder ett projekt men står under nivå 3, där ledning av samverkan börjar',
  },
  firstPartly: {
    id: 'ambitionstrappan/niva-1-delvis',
    severity: 'allvarlig',
    order: 100,
    when: 'nivå 1 nås inte, men inget av dess villkor är nej – något är delvis på plats',
  },
  partlyOnTheWay: {
    id: 'ambitionstrappan/delvis-pa-vagen',
    severity: 'att-bevaka',
    order: 100,
    when: 'något på vägen upp är bara delvis på plats (inget nej), men gruppen står i övrigt delvis på nivå 2 eller högre',
  },
  aimsToLead: {
    id: 'ambitionstrappan/siktar-pa-att-leda',
    severity: 'att-bevaka',
    order: 100,
    when: 'gruppen står under nivå 3 men siktar på nivå 3 eller 4',
  },
  leads: { id: 'ambitionstrappan/leder', severity: 'styrka', order: 100, when: 'gruppen står på nivå 3 eller 4' },
} as const satisfies Record<string, FindingRule>;

export function ladderFindings(model: LadderModel, r: LadderResult, answers: Answers, q: Questions): Finding[] {
  if (r.answered === 0) return [];
  const { out, add } = findingsFor(meta, q, answers, READ);
  const first = r.levels[0];
  const standsAt = whereStands(r);
  const leadsFrom = model.levels[model.leadsFrom - 1];
  if (r.current === 0 && first) {
    const ids = first.open.map((d) => d.criterion.id);
    if (first.open.some((d) => d.answer === 'nej')) {
      add(
        RULES.underFirst,
        'Ledningsgruppen står inte ens på första steget i ambitionstrappan.',
        'Utan möten och personlig kännedom finns inget att bygga ledningen av samverkan på. Börja där: ses regelbundet och lär känna varandra.',
        ids,
      );
    } else if (r.partly <= 1 && first.open.some((d) => d.answer === 'delvis')) {
      add(
        RULES.firstPartly,
        `Nivå 1, ${first.level.name}, är bara delvis på plats.`,
        'Grunden finns men håller inte än. Gör det som fattas till en vana innan ni bygger vidare.',
        ids,
      );
    }
  }
  // "delvis" on the way up, with the group otherwise standing higher: partly met, not failed.
  if (r.partly > r.current && r.partly >= 2) {
    const level = model.levels[r.partly - 1]!;
    add(
      RULES.partlyOnTheWay,
      `Gruppen ${standsAt}, ${level.name.toLowerCase()} – men en del av det finns bara delvis.`,
      'Delvis är inte nej: det finns något att bygga på. Trappan räknar ändå en nivå först när allt under den är på plats, så gör det som fattas helt.',
      partlyOnTheWay(r).map((d) => d.criterion.id),
    );
  }
  const partlyLeads = r.partly >= model.leadsFrom;
  if (!r.leads && !partlyLeads && leadsFrom && answers[LEADS_PROJECT] !== undefined && ['ja', 'delvis'].includes(answers[LEADS_PROJECT])) {
    add(
      RULES.leadsFromBelow,
      `Gruppen leder ett projekt men ${standsAt} – under nivå ${leadsFrom.number}, ${leadsFrom.name.toLowerCase()}.`,
      'Bara de två översta nivåerna leder samverkan. Ett projekt som leds underifrån blir i praktiken utan ledning – ta ställning till om gruppen ska växa in i rollen eller om ledningen ska ligga någon annanstans.',
      [LEADS_PROJECT, ...(r.nextSteps[0]?.open.map((d) => d.criterion.id) ?? [])],
    );
  } else if (!r.leads && !partlyLeads && r.targetLeads) {
    add(
      RULES.aimsToLead,
      `Ni siktar på att leda samverkan men ${whereStands(r, 'i dag')}.`,
      'Vägen dit går steg för steg; resultatet visar vad nästa nivå kräver.',
      r.nextSteps[0]?.open.map((d) => d.criterion.id) ?? [],
    );
  }
  if (r.leads)
    add(
      RULES.leads,
      `Gruppen står på nivå ${r.current} och leder samverkan.`,
      'Håll fast vid det som bär: samma personer, mandat och tid avsatt för uppdraget.',
      [],
    );
  return [...out, ...unknownFinding(meta, q, answers, READ)];
}
