// A check of untrusted answers (from storage, files or codes) that runs in the browser. It does
// the same job as answersSchema in src/tools/shared/schema.ts without shipping zod to readers:
// the tools' pages stay light.

const ID = /^[a-z0-9-]+$/;
/** More answers than any tool has questions means the data is not ours. */
const MAX_ANSWERS = 500;

export type AnswerRecord = Record<string, string>;

/**
 * Whether `key` may name something of ours (an item, a tool, an id): never a name every object
 * already has (constructor, toString, __proto__ …), which a lookup would find on the prototype.
 */
export function isSafeKey(key: string): boolean {
  return !(key in Object.prototype) && key !== '__proto__';
}

/** The answers if `value` is a flat record of ids to ids, otherwise null. */
export function asAnswers(value: unknown): AnswerRecord | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const entries = Object.entries(value);
  if (entries.length > MAX_ANSWERS) return null;
  const out: AnswerRecord = {};
  for (const [key, v] of entries) {
    if (!ID.test(key) || !isSafeKey(key) || typeof v !== 'string' || !ID.test(v) || key.length > 64 || v.length > 64) return null;
    out[key] = v;
  }
  return out;
}
