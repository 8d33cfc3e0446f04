// The three sides of leading collaboration on the shared scale (manual 7.6): all three are
// needed, so a side hardly practised is a finding however strong the others are, and three weak
// sides are no balance at all.
import type { Answers } from '../../lib/answers';
import type { Finding, FindingRule } from '../../lib/findings';
import type { Questions } from '../../lib/items';
import { list } from '../../lib/swedish';
import { findingsFor, unknownFinding } from '../shared/findings';
import { meta } from './meta';
import type { RoleBalanceModel } from './schema';
import type { RoleBalanceResult } from './score';

export const RULES = {
  allWeak: { id: 'styra-stodja-lara/alla-sidor-svaga', severity: 'kritisk', order: 120, when: 'alla skattade sidor (minst två) är svaga' },
  sideWeak: {
    id: 'styra-stodja-lara/sida-svag',
    severity: 'allvarlig',
    order: 120,
    when: 'en eller två av sidorna är svaga, de andra inte',
  },
  noInstruments: {
    id: 'styra-stodja-lara/kan-inte-leda-utan-styrmedel',
    severity: 'allvarlig',
    order: 125,
    when: 'gruppen instämmer i att den inte kan leda utan gemensam budget eller beslutsrätt över de andras resurser',
  },
  uneven: { id: 'styra-stodja-lara/ojamn', severity: 'att-bevaka', order: 120, when: 'sidorna skiljer sig åt, men ingen är svag' },
  balanced: { id: 'styra-stodja-lara/alla-sidor-starka', severity: 'styrka', order: 120, when: 'alla tre sidor är starka' },
} as const satisfies Record<string, FindingRule>;

export function roleBalanceFindings(model: RoleBalanceModel, r: RoleBalanceResult, answers: Answers, q: Questions): Finding[] {
  const { out, add } = findingsFor(meta, q, answers, model.links.balance);
  const rated = r.sides.filter((s) => s.mean !== undefined);
  const weak = rated.filter((s) => s.level === 'weak');
  const roleIds = (sides: typeof rated) => sides.flatMap((s) => s.side.roles.map((role) => role.id));
  const names = (sides: typeof rated) => list(sides.map((s) => s.side.name.toLowerCase()));
  if (rated.length >= 2 && weak.length === rated.length) {
    add(
      RULES.allWeak,
      rated.length === r.sides.length
        ? `Ledningsgruppen gör lite av alla tre sidorna: ${names(weak)}.`
        : `Ledningsgruppen gör lite av båda de sidor ni har skattat: ${names(weak)}.`,
      'Det är ingen balans utan en grupp som ännu inte leder. Börja med en sida i taget – oftast stödet, som är lättast att komma i gång med.',
      roleIds(weak),
    );
  } else if (weak.length > 0) {
    add(RULES.sideWeak, `Svagt: ${names(weak)}.`, 'Alla tre sidorna behövs; den svaga sidan är den som brister först.', roleIds(weak));
  } else if (r.balance === 'uneven') {
    add(
      RULES.uneven,
      'Sidorna väger olika tungt.',
      'Ingen sida är svag, men se till att den svagaste inte glider undan.',
      roleIds(r.weakest),
    );
  } else if (rated.length === 3 && rated.every((s) => s.level === 'strong')) {
    add(RULES.balanced, 'Ni styr, stöder och lär – alla tre sidorna är starka.', 'Håll balansen när personer eller uppdrag ändras.', []);
  }
  if (r.mistakes.includes('noInstruments')) {
    add(
      RULES.noInstruments,
      'Ni menar att ni inte kan leda utan gemensam budget eller beslutsrätt över de andras resurser.',
      'Det är det tredje vanliga misstaget: att stödja och att lära är också ledning, ofta med större kraft än ett beslut. Tid och pengar behövs ändå – var och en av er kan avsätta dem i sin egen organisation.',
      [model.instruments.id],
      model.links.mistakes,
    );
  }
  return [...out, ...unknownFinding(meta, q, answers, model.links.balance)];
}
