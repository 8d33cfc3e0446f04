// Two tabs, one tool: how answers merge. Each answer carries the time it was last set or cleared
// (Stored.at), and for every item the newest change wins – an answer set in one tab and another
// answer set in the other tab both stay; a question cleared after it was answered stays clear.
// A tab never writes its whole picture over the stored one: it merges the stored value with its
// own, so a stale tab cannot undo a newer change. Pure; the store reads and writes
// (src/stores/answers-store.ts), and the pre-hydration script uses the same functions.
import type { Answers } from '../answers';
import type { Stored } from './envelope';

interface Entry {
  value: string | undefined;
  at: number;
}

const entry = (s: Stored, item: string): Entry | undefined =>
  Object.hasOwn(s.at, item) || Object.hasOwn(s.answers, item)
    ? { value: Object.hasOwn(s.answers, item) ? s.answers[item] : undefined, at: Object.hasOwn(s.at, item) ? s.at[item]! : 0 }
    : undefined;

/**
 * Which of two changes to one answer wins: the newer; at the same moment an answer beats a
 * clearing (nothing is lost), and between two answers the larger id, so that both tabs agree.
 */
export function newer(a: Entry, b: Entry): Entry {
  if (a.at !== b.at) return a.at > b.at ? a : b;
  if (a.value === b.value) return a;
  if (a.value === undefined) return b;
  if (b.value === undefined) return a;
  return a.value > b.value ? a : b;
}

/** The stored answers and a tab's own, merged per answer (the stored side's order first). */
export function mergeStored(stored: Stored, local: Stored): Stored {
  const answers: Answers = {};
  const at: Record<string, number> = {};
  const items = new Set([
    ...Object.keys(stored.at),
    ...Object.keys(stored.answers),
    ...Object.keys(local.at),
    ...Object.keys(local.answers),
  ]);
  for (const item of items) {
    const a = entry(stored, item);
    const b = entry(local, item);
    const win = a && b ? newer(a, b) : (a ?? b)!;
    at[item] = win.at;
    if (win.value !== undefined) answers[item] = win.value;
  }
  const savedAt = [stored.savedAt, local.savedAt].filter(Boolean).sort().at(-1);
  return { answers, at, savedAt };
}

/**
 * The answers `next` as a change of `prev` made at `now`: every answer that differs (set,
 * changed or cleared) gets the time `now` – or just after its earlier time, if that lies ahead
 * (a clock set wrong elsewhere), so that the reader's change always takes effect.
 */
export function stampAnswers(prev: Stored, next: Answers, now: number): Stored {
  const at = { ...prev.at };
  const items = new Set([...Object.keys(prev.answers), ...Object.keys(next)]);
  for (const item of items) {
    const before = Object.hasOwn(prev.answers, item) ? prev.answers[item] : undefined;
    const after = Object.hasOwn(next, item) ? next[item] : undefined;
    if (before !== after) at[item] = Math.max(now, (Object.hasOwn(prev.at, item) ? prev.at[item]! : 0) + 1);
  }
  return { answers: { ...next }, at, savedAt: new Date(now).toISOString() };
}

/** Whether two stored values say the same (answers and times; not when they were written). */
export function sameStored(a: Stored, b: Stored): boolean {
  const keys = (r: Record<string, unknown>) => Object.keys(r).sort().join('\n');
  return (
    keys(a.answers) === keys(b.answers) &&
    keys(a.at) === keys(b.at) &&
    Object.keys(a.answers).every((k) => a.answers[k] === b.answers[k]) &&
    Object.keys(a.at).every((k) => a.at[k] === b.at[k])
  );
}
