/**
 * How a tool's answers are kept in localStorage, under "samverkan:<tool>":
 *
 *   { "v": 2, "answers": { "<item id>": "<option id>", … },
 *     "at": { "<item id>": 1764975600000, … }, "savedAt": "2026-11-25T10:00:00.000Z" }
 *
 * "at" holds when each answer was last changed (ms since 1970), also for answers since removed
 * (an item in "at" but not in "answers" was cleared then): two tabs merge per answer, the newest
 * change winning (./merge-answers.ts). Earlier formats still load:
 *   v1  { "v": 1, "answers": {…}, "savedAt": "…" }   – every answer dated savedAt
 *   v0  { "<item id>": "<option id>", … }            – the answers themselves, undated
 * A value that is not JSON, not an object, from a newer version or otherwise malformed is refused
 * with a reason in Swedish, so that the tool can start empty, say why, and keep the raw text
 * aside (./history.ts). Pure: no storage access here.
 */
import type { Answers } from '../answers';
import { asAnswers, isSafeKey } from '../answers-guard';

export const STORAGE_VERSION = 2;
export const STORAGE_PREFIX = 'samverkan:';
/** Told on the page after every stored change (src/stores/synced.ts), with the key as detail. */
export const STORED_EVENT = 'samverkan:stored';

export interface Stored {
  answers: Answers;
  /** item id → when its answer was last set or cleared (ms) */
  at: Record<string, number>;
  savedAt?: string | undefined;
}

export const EMPTY_STORED: Stored = { answers: {}, at: {} };

export type Decoded = { ok: true; value: Stored } | { ok: false; reason: string };

export function encodeStored(value: Stored): string {
  return JSON.stringify({ v: STORAGE_VERSION, answers: value.answers, at: value.at, savedAt: value.savedAt ?? new Date().toISOString() });
}

const UNKNOWN = 'de sparade svaren har ett okänt format';
const ID = /^[a-z0-9-]{1,64}$/;

/** A record of item ids to times, or null. */
function asTimes(value: unknown): Record<string, number> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const entries = Object.entries(value);
  if (entries.length > 1000) return null;
  const out: Record<string, number> = {};
  for (const [key, t] of entries) {
    if (!ID.test(key) || !isSafeKey(key) || typeof t !== 'number' || !Number.isFinite(t) || t < 0) return null;
    out[key] = t;
  }
  return out;
}

export function decodeStored(raw: string): Decoded {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'de sparade svaren är inte läsbara (skadad data)' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, reason: UNKNOWN };
  const record = data as Record<string, unknown>;
  // Version 0 (before versioning): the answers object itself.
  const v = Object.hasOwn(record, 'v') ? record.v : 0;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) return { ok: false, reason: UNKNOWN };
  if (v > STORAGE_VERSION) return { ok: false, reason: 'de sparade svaren kommer från en nyare version av handboken' };
  const answers = asAnswers(v === 0 ? record : record.answers);
  if (!answers) return { ok: false, reason: UNKNOWN };
  const savedAt = typeof record.savedAt === 'string' ? record.savedAt : undefined;
  let at: Record<string, number> | null = {};
  if (v >= 2) {
    at = asTimes(record.at);
    if (!at) return { ok: false, reason: UNKNOWN };
  }
  // Answers of v0/v1 (or a v2 answer without a time) count as changed when they were saved.
  const saved = savedAt ? Date.parse(savedAt) : NaN;
  for (const item of Object.keys(answers)) if (!Object.hasOwn(at, item)) at[item] = Number.isFinite(saved) && saved > 0 ? saved : 0;
  return { ok: true, value: { answers, at, savedAt } };
}
