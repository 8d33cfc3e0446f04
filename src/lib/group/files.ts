/**
 * Files in and out of the group view. A group file (export, and import on another computer):
 *
 *   { "format": "samverkanshandboken-grupp", "version": 1, "exportedAt": "…", "group": { …Group… } }
 *
 * Import also takes a "Min självskattning" export (one person, several tools) and plain text with
 * answer codes or links, one per line. Any problem gives a Swedish message and imports nothing.
 * Pure.
 */
import { parseImport, EXPORT_FORMAT, MAX_IMPORT_BYTES } from '../export';
import type { AnswerSpace } from '../answers';
import type { Answers } from '../answers';
import { asGroup, GROUPS_VERSION, memberLabel, type Group, type Round } from './model';
import type { GroupToolSpec } from './spec';

export const GROUP_FORMAT = 'samverkanshandboken-grupp';

export function buildGroupFile(group: Group, now = new Date()): string {
  return JSON.stringify({ format: GROUP_FORMAT, version: GROUPS_VERSION, exportedAt: now.toISOString(), group }, null, 2);
}

export type FileContent =
  | { kind: 'group'; group: Group }
  | { kind: 'person'; answers: Record<string, Answers> }
  | { kind: 'codes'; lines: string[] }
  | { kind: 'error'; error: string };

/** What a dropped or chosen file holds. */
export function readGroupInput(text: string, spaces: Record<string, AnswerSpace>): FileContent {
  if (text.length > MAX_IMPORT_BYTES) return { kind: 'error', error: 'Filen är för stor för att komma från handboken.' };
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed.startsWith('{')) {
    const lines = trimmed
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    return lines.length ? { kind: 'codes', lines } : { kind: 'error', error: 'Filen är tom.' };
  }
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    return {
      kind: 'error',
      error: 'Filen går inte att läsa. Välj en gruppfil, en export från Min självskattning eller en textfil med svarskoder.',
    };
  }
  const file = (typeof data === 'object' && data !== null ? data : {}) as { format?: unknown; version?: unknown; group?: unknown };
  if (file.format === EXPORT_FORMAT) {
    const person = parseImport(trimmed, spaces);
    return person.ok ? { kind: 'person', answers: person.tools } : { kind: 'error', error: person.error };
  }
  if (file.format !== GROUP_FORMAT)
    return { kind: 'error', error: 'Filen är varken en gruppfil eller en export från Samverkanshandboken.' };
  if (typeof file.version !== 'number' || file.version > GROUPS_VERSION) {
    return { kind: 'error', error: 'Gruppfilen kommer från en nyare version av handboken. Uppdatera sidan och försök igen.' };
  }
  const group = asGroup(file.group);
  return group ? { kind: 'group', group } : { kind: 'error', error: 'Gruppfilen har rätt typ men innehållet är skadat eller ändrat.' };
}

/** The round's answers as rows for a spreadsheet: semicolons, every field quoted, formula-safe. */
export function groupCsv(group: Group, round: Round, specs: readonly GroupToolSpec[], showNames: boolean): string {
  const q = (s: string) => `"${s.replace(/"/g, '""').replace(/^[=+\-@\t\r]/, "'$&")}"`;
  const lines: string[][] = [['Grupp', 'Omgång', 'Person', 'Organisation', 'Verktyg', 'Del', 'Fråga', 'Svar']];
  const roundNo = String(group.rounds.indexOf(round) + 1);
  for (const member of round.members) {
    for (const spec of specs) {
      const answers = member.answers[spec.tool];
      if (!answers) continue;
      for (const item of spec.items) {
        const option = item.options.find((o) => o.id === answers[item.id]);
        lines.push([
          group.name,
          roundNo,
          memberLabel(round, member, showNames),
          member.org ?? '',
          spec.name,
          item.section,
          item.label,
          option?.label ?? '',
        ]);
      }
    }
  }
  return '\uFEFF' + lines.map((l) => l.map(q).join(';')).join('\r\n') + '\r\n';
}
