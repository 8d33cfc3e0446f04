/**
 * Export and import of all of a reader's answers ("Min självskattning"). The JSON file:
 *
 *   { "format": "samverkanshandboken", "version": 1, "exportedAt": "2026-11-25T10:00:00.000Z",
 *     "tools": { "ambitionstrappan": { "ses-alls": "ja", "mal": "strategisk" }, … },
 *     "unreadable": { "framgang": "<the stored text that could not be read>" } }
 *
 * Only tools with answers are listed (an empty tool would wipe that tool's answers where the file
 * is read); "unreadable" – only when there is any – carries saved text that could not be read,
 * so that an export hides nothing. Import is all or nothing: any problem gives a Swedish message
 * and changes nothing; a tool listed without answers is left as it is.
 * Pure: the island reads and writes the stores.
 */
import type { Answers } from './answers';
import { fitAnswers, type AnswerSpace } from './answers';
import { asAnswers, isSafeKey } from './answers-guard';

export const EXPORT_FORMAT = 'samverkanshandboken';
export const EXPORT_VERSION = 1;
/** Larger files are refused before parsing: a real export is a few kilobytes. */
export const MAX_IMPORT_BYTES = 200_000;

export function buildExport(tools: Record<string, Answers>, now = new Date(), unreadable: Record<string, string> = {}): string {
  const answered = Object.fromEntries(Object.entries(tools).filter(([, a]) => Object.keys(a).length > 0));
  const file = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), tools: answered };
  return JSON.stringify(Object.keys(unreadable).length ? { ...file, unreadable } : file, null, 2);
}

export type ImportResult = { ok: true; tools: Record<string, Answers>; dropped: number } | { ok: false; error: string };

export function parseImport(text: string, spaces: Record<string, AnswerSpace>): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: 'Filen är för stor för att vara en export från handboken.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'Filen går inte att läsa. Välj en JSON-fil som exporterats från Min självskattning.' };
  }
  const file = (typeof data === 'object' && data !== null ? data : {}) as { format?: unknown; version?: unknown; tools?: unknown };
  if (file.format !== EXPORT_FORMAT) return { ok: false, error: 'Filen är inte en export från Samverkanshandboken.' };
  const damaged: ImportResult = { ok: false, error: 'Filen har rätt typ men innehållet är skadat eller ändrat.' };
  if (typeof file.version !== 'number' || !Number.isInteger(file.version)) return damaged;
  if (file.version > EXPORT_VERSION) {
    return { ok: false, error: 'Filen kommer från en nyare version av handboken. Uppdatera sidan och försök igen.' };
  }
  if (typeof file.tools !== 'object' || file.tools === null || Array.isArray(file.tools)) return damaged;
  const tools: Record<string, Answers> = {};
  let dropped = 0;
  for (const [id, raw] of Object.entries(file.tools)) {
    // Only the tools' own names: a name every object inherits (toString, constructor …) is unknown.
    const space = isSafeKey(id) && Object.hasOwn(spaces, id) ? spaces[id] : undefined;
    if (!space) return { ok: false, error: `Filen innehåller ett okänt verktyg (${id.slice(0, 40)}).` };
    const answers = asAnswers(raw);
    if (!answers) return damaged;
    const fitted = fitAnswers(answers, space);
    if (Object.keys(fitted.answers).length > 0) tools[id] = fitted.answers;
    dropped += fitted.dropped;
  }
  if (Object.keys(tools).length === 0 && dropped === 0) return { ok: false, error: 'Filen innehåller inga svar.' };
  return { ok: true, tools, dropped };
}

export interface CsvRow {
  tool: string;
  section: string;
  item: string;
  answer: string;
}

/** CSV for a spreadsheet: semicolon-separated (Swedish Excel), every field quoted. */
export function toCsv(rows: readonly CsvRow[]): string {
  const q = (s: string) => `"${s.replace(/"/g, '""').replace(/^[=+\-@]/, "'$&")}"`;
  const lines = [['Verktyg', 'Del', 'Fråga', 'Svar'], ...rows.map((r) => [r.tool, r.section, r.item, r.answer])];
  return '\uFEFF' + lines.map((l) => l.map(q).join(';')).join('\r\n') + '\r\n';
}
