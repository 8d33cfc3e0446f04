// Every round of a group as one spreadsheet: semicolons, every field quoted, formula-safe (a
// leading =, +, -, @ gets an apostrophe), with the round's date and the answer's number on the
// tool's scale for pivot tables, and each round's actions (who in "Person", what in "Fråga", the
// status in "Svar"). Pure.
import { memberLabel, type Group } from './model';
import type { GroupToolSpec } from './spec';

export const CSV_HEADER = [
  'Grupp',
  'Omgång',
  'Person',
  'Organisation',
  'Verktyg',
  'Del',
  'Fråga',
  'Svar',
  'Värde',
  'Datum',
  'Klart senast',
];

/** One field, quoted; text a spreadsheet would run as a formula is made plain text. */
export const csvField = (s: string): string => `"${s.replace(/"/g, '""').replace(/^[=+\-@\t\r]/, "'$&")}"`;

export interface CsvWords {
  /** the "Verktyg" column for the actions rows */
  actions: string;
  /** the "Del" column: agreed in this round, or looked back on from the one before */
  agreed: string;
  reviewed: string;
  /** the status words, by status id */
  status: Record<string, string>;
}

export function allRoundsCsv(group: Group, specs: readonly GroupToolSpec[], showNames: boolean, words: CsvWords): string {
  const lines: string[][] = [CSV_HEADER];
  group.rounds.forEach((round, r) => {
    const no = String(r + 1);
    for (const member of round.members) {
      const who = memberLabel(round, member, showNames);
      for (const spec of specs) {
        const answers = member.answers[spec.tool];
        if (!answers) continue;
        for (const item of spec.items) {
          const option = item.options.find((o) => o.id === answers[item.id]);
          const value = option && option.value !== null ? String(option.value).replace('.', ',') : '';
          lines.push([
            group.name,
            no,
            who,
            member.org ?? '',
            spec.name,
            item.section,
            item.label,
            option?.label ?? '',
            value,
            round.date,
            '',
          ]);
        }
      }
    }
    for (const a of round.review ?? []) {
      lines.push([
        group.name,
        no,
        a.who,
        '',
        words.actions,
        words.reviewed,
        a.what,
        a.status ? (words.status[a.status] ?? '') : '',
        '',
        round.date,
        a.by,
      ]);
    }
    for (const a of round.actions ?? []) {
      if (a.what.trim()) lines.push([group.name, no, a.who, '', words.actions, words.agreed, a.what, '', '', round.date, a.by]);
    }
  });
  return '\uFEFF' + lines.map((l) => l.map(csvField).join(';')).join('\r\n') + '\r\n';
}
