// The check's own rules on the shared severity scale. Two kinds: rules on the check's own
// questions (run by the tool's report, like every tool's), and rules that read answers across
// tools, which only the diagnosis can run (./diagnosis.ts) – declared here all the same, so that
// the README's table lists them and the contract test knows them.
import type { Answers } from '../../lib/answers';
import type { Finding, FindingRule } from '../../lib/findings';
import type { Questions } from '../../lib/items';
import { findingsFor, unknownFinding } from '../shared/findings';
import { meta } from './meta';
import type { KollenModel } from './schema';

/** The rule that fires when one of the check's own questions is answered "nej", by item id. */
export const NO_RULES = {
  grundpremiss: {
    id: 'samverkanskollen/ingen-grundpremiss',
    severity: 'kritisk',
    order: 150,
    when: 'parterna delar inte grundpremissen: att problemet är gemensamt och att ingen kan lösa det ensam (nej)',
  },
  hemmaprioritet: {
    id: 'samverkanskollen/inte-forankrat-hemma',
    severity: 'kritisk',
    order: 160,
    when: 'arbetet är inte förankrat hemma: hemorganisationerna värdesätter eller prioriterar det inte (nej)',
  },
  arlighet: {
    id: 'samverkanskollen/artighet-fore-arlighet',
    severity: 'allvarlig',
    order: 130,
    when: 'gruppen säger inte vad den tycker utan håller sig till det artiga (nej)',
  },
  agarskap: {
    id: 'samverkanskollen/agarskap-saknas',
    severity: 'allvarlig',
    order: 170,
    when: 'parterna äger inte arbetet själva; någon annan styr det i praktiken (nej)',
  },
  framtidstro: {
    id: 'samverkanskollen/uppgivenhet',
    severity: 'allvarlig',
    order: 180,
    when: 'uppgivenheten har tagit över: ni tror inte längre att arbetet kan göra skillnad (nej)',
  },
  'vart-att-fortsatta': {
    id: 'samverkanskollen/tvivel-pa-att-fortsatta',
    severity: 'allvarlig',
    order: 430,
    when: 'ni är inte övertygade om att det är värt att fortsätta (nej)',
  },
} as const satisfies Record<string, FindingRule>;

export const RULES = {
  partly: {
    id: 'samverkanskollen/delvis',
    severity: 'att-bevaka',
    order: 130,
    when: 'någon av kollens egna frågor (ärlighet, framtidstro, grundpremiss, förankring, ägarskap, värt att fortsätta) är besvarad delvis',
  },
  holds: {
    id: 'samverkanskollen/grunden-bar',
    severity: 'styrka',
    order: 130,
    when: 'alla kollens egna frågor är besvarade ja',
  },
  // Across tools: run by the diagnosis only.
  ordered: {
    id: 'samverkanskollen/beordrad',
    severity: 'allvarlig',
    order: 135,
    when: 'någon i ledningsgruppen eller teamet är med för att den har beordrats, inte för att den vill (nej på viljan att vara med)',
  },
  skippedPhases: {
    id: 'samverkanskollen/hoppade-over-faser',
    severity: 'allvarlig',
    order: 400,
    when: 'ledningsgruppen säger sig vara i fasen för att starta arbetet eller senare, men står inte ens delvis på nivå 3 i ambitionstrappan och har svarat nej på något som hör dit',
  },
  unknown: {
    id: 'samverkanskollen/okant',
    severity: 'att-bevaka',
    order: 900,
    when: 'minst tre av kollens frågor är besvarade "vet inte", eller en modell går inte att placera för att svaren fattas',
  },
} as const satisfies Record<string, FindingRule>;

/** The findings on the check's own questions. */
export function kollenFindings(model: KollenModel, answers: Answers, q: Questions): Finding[] {
  const { out, add } = findingsFor(meta, q, answers, model.readNext);
  const given = model.items.filter((i) => answers[i.id] !== undefined);
  if (given.length === 0) return [];
  for (const item of model.items) {
    const rule = (NO_RULES as Record<string, FindingRule>)[item.id];
    if (rule && answers[item.id] === 'nej') add(rule, item.finding.title, item.finding.advice, [item.id], item.read);
  }
  const partly = model.items.filter((i) => answers[i.id] === 'delvis');
  if (partly.length > 0) {
    const first = partly[0]!;
    add(
      RULES.partly,
      partly.length === 1
        ? `Det finns bara delvis: ${first.label}.`
        : `${partly.length} av kollens egna frågor är besvarade delvis: ${partly.map((i) => i.label).join(', ')}.`,
      'Delvis betyder att något finns att bygga på, inte att det saknas. Ta reda på vad som fattas för ett helhjärtat ja.',
      partly.map((i) => i.id),
      first.read,
    );
  }
  if (model.items.every((i) => answers[i.id] === 'ja'))
    add(
      RULES.holds,
      'Grunden bär: ni är ärliga mot varandra, delar premissen och har stöd hemma.',
      'Håll liv i det – det är det som bär när det blåser.',
      [],
    );
  return [...out, ...unknownFinding(meta, q, answers, model.readNext)];
}
