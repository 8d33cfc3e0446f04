// Kept-aside copies: when stored data cannot be read, its text is copied to
// "<key>:oläsbar:<ISO time>" before anything new is written under <key>. The copies are a short
// history – the newest KEEP, each with its date – and a copy is never overwritten: the same
// unreadable text is kept once, however often the page is loaded. Older sites kept one copy
// under "<key>:oläsbar"; it is read as the oldest copy (its date unknown) and left in place
// until five newer ones push it out.
import { keysWithPrefix, readKey, removeKey, writeKey, type WriteResult } from './storage';

export const KEEP = 5;
export const ASIDE = ':oläsbar';

export interface KeptCopy {
  /** where the copy lives in localStorage */
  storageKey: string;
  /** when it was kept (ISO), unknown for the single copy of older versions */
  keptAt?: string | undefined;
  raw: string;
}

/** The copies kept for `key`, newest first. */
export function keptCopies(key: string): KeptCopy[] {
  const legacy = key + ASIDE;
  const copies: KeptCopy[] = [];
  for (const k of keysWithPrefix(legacy)) {
    const raw = readKey(k);
    if (raw === null) continue;
    if (k === legacy) copies.push({ storageKey: k, raw });
    else if (k.startsWith(legacy + ':')) copies.push({ storageKey: k, keptAt: k.slice(legacy.length + 1), raw });
  }
  return orderCopies(copies);
}

/** Newest first; the dateless copy of older versions counts as the oldest. Pure. */
export function orderCopies(copies: KeptCopy[]): KeptCopy[] {
  return [...copies].sort((a, b) => (b.keptAt ?? '').localeCompare(a.keptAt ?? ''));
}

/** The copies to remove so that `keep` remain: the oldest. Pure. */
export function beyondHistory(copies: KeptCopy[], keep = KEEP): KeptCopy[] {
  return orderCopies(copies).slice(keep);
}

/**
 * Keeps `raw` aside as the newest copy (unless the very same text is already kept), then lets
 * the oldest copies beyond five go. When storage is full and five copies exist, the oldest goes
 * first to make room. Fails – and then the caller must not overwrite `key` – only when the copy
 * could not be written at all.
 */
export function keepAside(key: string, raw: string, now = new Date()): WriteResult {
  const copies = keptCopies(key);
  if (copies.some((c) => c.raw === raw)) return { ok: true };
  let keptAt = now.toISOString();
  // Two copies in the same millisecond get different names: a copy is never overwritten.
  while (copies.some((c) => c.keptAt === keptAt)) keptAt = new Date(Date.parse(keptAt) + 1).toISOString();
  const target = `${key}${ASIDE}:${keptAt}`;
  let result = writeKey(target, raw);
  const all = [...copies, { storageKey: target, keptAt, raw }];
  if (!result.ok && result.failure === 'quota' && copies.length >= KEEP) {
    const oldest = orderCopies(copies).at(-1)!;
    removeKey(oldest.storageKey);
    result = writeKey(target, raw);
    if (!result.ok) writeKey(oldest.storageKey, oldest.raw);
  }
  if (!result.ok) return result;
  for (const c of beyondHistory(all)) removeKey(c.storageKey);
  return result;
}

/** Whether `raw` is already one of the kept copies of `key`. */
export function isKept(key: string, raw: string): boolean {
  return keptCopies(key).some((c) => c.raw === raw);
}
