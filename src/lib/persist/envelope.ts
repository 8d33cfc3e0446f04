/**
 * How a tool's answers are kept in localStorage, under "samverkan:<tool>":
 *
 *   { "v": 1, "answers": { "<item id>": "<option id>", … }, "savedAt": "2026-11-25T10:00:00.000Z" }
 *
 * "v" is the storage format version. Older versions are migrated on load; a value that is not
 * JSON, not an object, from a newer version or otherwise malformed is refused with a reason in
 * Swedish, so that the tool can start empty, say why, and keep the raw text aside (see
 * src/stores/answers-store.ts). Pure: no storage access here.
 */
import type { Answers } from '../answers';
import { asAnswers } from '../answers-guard';

export const STORAGE_VERSION = 1;
export const STORAGE_PREFIX = 'samverkan:';

export interface Stored {
  answers: Answers;
  savedAt?: string | undefined;
}

export type Decoded = { ok: true; value: Stored } | { ok: false; reason: string };

export function encodeStored(value: Stored): string {
  return JSON.stringify({ v: STORAGE_VERSION, answers: value.answers, savedAt: value.savedAt ?? new Date().toISOString() });
}

export function decodeStored(raw: string): Decoded {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'de sparade svaren är inte läsbara (skadad data)' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, reason: 'de sparade svaren har ett okänt format' };
  }
  const record = data as Record<string, unknown>;
  // Version 0 (before versioning): the answers object itself.
  const v = 'v' in record ? record.v : 0;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) return { ok: false, reason: 'de sparade svaren har ett okänt format' };
  if (v > STORAGE_VERSION) return { ok: false, reason: 'de sparade svaren kommer från en nyare version av handboken' };
  const answers = v === 0 ? record : record.answers;
  const parsed = asAnswers(answers);
  if (!parsed) return { ok: false, reason: 'de sparade svaren har ett okänt format' };
  const savedAt = typeof record.savedAt === 'string' ? record.savedAt : undefined;
  return { ok: true, value: { answers: parsed, savedAt } };
}
