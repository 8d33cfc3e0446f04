// Styra – stödja – lära's result in words. Pure, so that every sentence a group may read is unit-tested.
import type { ReadNext } from '../shared/schema';
import type { RoleBalanceModel } from './schema';
import type { RoleBalanceResult, SideLevel, SideScore } from './score';
import { formatDecimal, list } from '../../lib/swedish';

export interface RoleBalanceText {
  headline: string;
  /** About the answers themselves: how many are unanswered or "vet inte". */
  notes: string[];
  /** One line per side: styra, stödja, lära. */
  sides: string[];
  /** What to do about the weak or weakest side(s). */
  advice: string[];
  /** The common mistakes the answers point to. */
  mistakes: { title: string; text: string }[];
  /** The roles the group seldom takes, one line each. */
  weakRoles: string[];
  readNext: ReadNext[];
}

const LEVEL_WORDS: Record<SideLevel, string> = {
  weak: 'svag',
  medium: 'måttlig',
  strong: 'stark',
};

/** A side's state in a few words: "stark", "inte skattad ännu", "bara ”vet inte”". */
export function sideStatus(s: SideScore): string {
  if (s.level !== undefined) return LEVEL_WORDS[s.level];
  return s.unknown > 0 ? 'bara ”vet inte”' : 'inte skattad ännu';
}

/** "2,3", "2" */
export function formatMean(mean: number): string {
  return formatDecimal(mean);
}

function sideLine(s: SideScore): string {
  if (s.mean === undefined) return `${s.side.name}: ${sideStatus(s)}${s.unknown > 0 ? ' hittills' : ''}.`;
  return `${s.side.name}: ${sideStatus(s)} – i snitt ${formatMean(s.mean)} på skalan 0–3 (${s.rated} av ${s.total} roller skattade).`;
}

function headlineOf(r: RoleBalanceResult): string {
  const rated = r.sides.filter((s) => s.mean !== undefined);
  // Weak everywhere is no balance, however close the means: say what the group does, plainly.
  if (rated.length >= 2 && rated.every((s) => s.level === 'weak')) {
    return rated.length === r.sides.length
      ? 'Ledningsgruppen gör lite av alla tre sidorna: den styr, stöder och lär i liten grad eller inte alls.'
      : `Ledningsgruppen gör lite av båda de sidor ni har skattat, ${list(rated.map((s) => s.side.verb))}.`;
  }
  switch (r.balance) {
    case undefined:
      return r.unknown > 0
        ? 'Ni har bara svarat ”vet inte” hittills, så det går inte att säga hur sidorna väger mot varandra.'
        : 'Skatta rollerna så visas här hur ledningsgruppen fördelar sig mellan att styra, stödja och lära.';
    case 'one-side':
      return `Hittills har ni bara skattat rollerna för ${rated[0]?.side.verb ?? ''}. Skatta de andra sidorna, så visas balansen.`;
    case 'balanced': {
      const subject = rated.length === 3 ? 'De tre sidorna' : 'De två sidor ni har skattat';
      const all = rated.length === 2 ? 'båda' : 'alla';
      // Close means with a weak side among them are not a balance to reassure anyone with.
      const weak = rated.filter((s) => s.level === 'weak');
      if (weak.length > 0)
        return `${subject} ligger nära varandra, men ingen av dem är stark: ${list(weak.map((s) => s.side.verb))} görs bara i liten grad.`;
      const suffix = rated.every((s) => s.level === 'strong') ? `, och ${all} är starka` : '';
      return `${subject} väger ungefär lika tungt${suffix}.`;
    }
    case 'uneven':
      return `Tyngdpunkten ligger på ${list(r.strongest.map((s) => s.side.verb))}; svagast är ${list(r.weakest.map((s) => s.side.verb))}.`;
  }
}

function notesOf(r: RoleBalanceResult): string[] {
  const notes: string[] = [];
  if (r.unanswered === 0) notes.push(`Alla ${r.total} roller är besvarade.`);
  else if (r.unanswered === 1)
    notes.push(`1 av ${r.total} roller är obesvarad. Den räknas inte in, så bilden kan ändras när ni har skattat den.`);
  else notes.push(`${r.unanswered} av ${r.total} roller är obesvarade. De räknas inte in, så bilden kan ändras när ni har skattat dem.`);
  if (r.unknown > 0) {
    notes.push(
      `På ${r.unknown === 1 ? 'en roll' : `${r.unknown} roller`} har ni svarat ”vet inte”. Sådana svar räknas inte in i snitten – ` +
        'men att inte veta om gruppen tar en roll är också värt att prata om.',
    );
  }
  if (r.instruments === undefined && r.rated > 0) {
    notes.push('Svara också på frågan om styrmedel, så kan verktyget pröva det tredje av de vanliga misstagen.');
  }
  return notes;
}

function adviceOf(r: RoleBalanceResult): string[] {
  const weakest = new Set(r.weakest.map((s) => s.side.id));
  return r.sides.filter((s) => weakest.has(s.side.id) || s.level === 'weak').map((s) => s.side.advice);
}

function mistakesOf(model: RoleBalanceModel, r: RoleBalanceResult): RoleBalanceText['mistakes'] {
  const [, support, learning] = r.sides;
  return r.mistakes.map((id) => {
    const { title, text } = model.mistakes[id];
    if (id !== 'noInstruments') return { title, text };
    const strong = support?.level === 'strong' && learning?.level === 'strong';
    return { title, text: strong ? `${text} ${model.mistakes.noInstruments.whenStrong}` : text };
  });
}

export function describeRoleBalance(model: RoleBalanceModel, r: RoleBalanceResult): RoleBalanceText {
  const nothing = r.answered === 0;
  const readNext = [
    model.links.main,
    ...(r.balance === 'uneven' ? [model.links.balance] : []),
    ...(r.mistakes.length > 0 ? [model.links.mistakes] : []),
    ...(r.weakRoles.length > 0 ? [model.links.roles] : []),
  ];
  return {
    headline: headlineOf(r),
    notes: nothing ? [] : notesOf(r),
    sides: nothing ? [] : r.sides.map(sideLine),
    advice: adviceOf(r),
    mistakes: mistakesOf(model, r),
    weakRoles: r.weakRoles.map((w) => `${w.role.name} (${w.side.name.toLowerCase()}): ${model.scale[w.rating] ?? String(w.rating)}.`),
    readNext,
  };
}
