// Which mark each organisation gets on the dots: a colour from a palette that colour-blind
// readers can tell apart (Okabe–Ito) together with a shape, so colour is never the only cue.
// Organisations are numbered in the order they first appear in the round. Pure.
import type { Round } from './model';

export const ORG_MARKS = 8;

export interface OrgIndex {
  /** organisation names, in order of first appearance */
  names: string[];
  /** the member's organisation's number, or undefined when they gave none */
  of: (member: number) => number | undefined;
}

const key = (org: string) => org.trim().toLocaleLowerCase('sv');

export function orgIndex(round: Round): OrgIndex {
  const names: string[] = [];
  const byKey = new Map<string, number>();
  const perMember = round.members.map((m) => {
    if (!m.org?.trim()) return undefined;
    const k = key(m.org);
    if (!byKey.has(k)) {
      byKey.set(k, names.length);
      names.push(m.org.trim());
    }
    return byKey.get(k);
  });
  return { names, of: (member) => perMember[member] };
}

/** The mark class for an organisation number (marks repeat after ORG_MARKS organisations). */
export const markOf = (org: number | undefined): string => (org === undefined ? 'none' : String(org % ORG_MARKS));
