/**
 * One answer written straight into storage, in the format the tools' stores keep
 * (src/lib/persist/envelope.ts). The answer keeper (src/ui/tool/wake.ts) uses it for taps made
 * before a tool's island has woken, so that nothing a reader answers waits for JavaScript to
 * load. One function, so that a change to how answers are written (merging per answer, times per
 * answer) is made here for the keeper as for the store. Pure apart from the storage it is given.
 */
import { decodeStored, EMPTY_STORED, encodeStored, STORAGE_PREFIX } from './envelope';
import { keepAside } from './history';
import { stampAnswers } from './merge-answers';

/** What the keeper needs of localStorage (a plain object serves in tests). */
export type AnswerStorage = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * Sets (or, with `option` undefined, clears) one answer of `tool`. Unreadable data is kept aside
 * first, exactly as the store does on load, so the tap is not lost and neither is the old text.
 * Returns the key and the text written, for the storage event that tells the page's stores.
 */
export function writeAnswer(
  storage: AnswerStorage,
  tool: string,
  item: string,
  option: string | undefined,
  now = Date.now(),
): { key: string; text: string } {
  const key = STORAGE_PREFIX + tool;
  const raw = storage.getItem(key);
  const decoded = raw === null ? undefined : decodeStored(raw);
  if (raw !== null && decoded && !decoded.ok) keepAside(key, raw);
  const before = decoded?.ok ? decoded.value : EMPTY_STORED;
  const answers = { ...before.answers };
  if (option === undefined) delete answers[item];
  else answers[item] = option;
  // Dated per answer like the store's own writes, so that the store merges this tap, not overwrites it.
  const text = encodeStored(stampAnswers(before, answers, now));
  storage.setItem(key, text);
  return { key, text };
}

/** The answers stored for `tool`, or null when there are none or they cannot be read. */
export function readAnswers(storage: AnswerStorage, tool: string): Record<string, string> | null {
  const raw = storage.getItem(STORAGE_PREFIX + tool);
  if (raw === null) return null;
  const decoded = decodeStored(raw);
  return decoded.ok ? decoded.value.answers : null;
}

/** True when stored data for `tool` exists but cannot be read (the island must say so). */
export function unreadable(storage: AnswerStorage, tool: string): boolean {
  const raw = storage.getItem(STORAGE_PREFIX + tool);
  return raw !== null && !decodeStored(raw).ok;
}
