// Guarded access to localStorage: it may be missing (node, old browsers), refuse access (private
// mode, a policy that blocks site data) or be full. Nothing here throws: every write says whether
// it was kept, and why not, so that the stores can tell the reader and keep what is on screen.

/** Why a write was not kept: the storage is full, access is refused, or there is no storage. */
export type WriteFailure = 'quota' | 'blocked' | 'unavailable';
export type WriteResult = { ok: true } | { ok: false; failure: WriteFailure };

const OK: WriteResult = { ok: true };

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** What a failed storage call means for the reader. */
export function failureOf(error: unknown): WriteFailure {
  const e = error as { name?: unknown; code?: unknown } | null;
  // Chromium and Safari say QuotaExceededError (code 22); Firefox NS_ERROR_DOM_QUOTA_REACHED (1014).
  if (e && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014)) return 'quota';
  return 'blocked';
}

/** The stored text under `key`, or null when there is none (or no storage to read). */
export function readKey(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeKey(key: string, value: string): WriteResult {
  const s = storage();
  if (!s) return { ok: false, failure: 'unavailable' };
  try {
    s.setItem(key, value);
    return OK;
  } catch (e) {
    return { ok: false, failure: failureOf(e) };
  }
}

export function removeKey(key: string): WriteResult {
  const s = storage();
  if (!s) return { ok: false, failure: 'unavailable' };
  try {
    s.removeItem(key);
    return OK;
  } catch (e) {
    return { ok: false, failure: failureOf(e) };
  }
}

/** Every stored key that starts with `prefix`. */
export function keysWithPrefix(prefix: string): string[] {
  const s = storage();
  const out: string[] = [];
  try {
    for (let i = 0; s && i < s.length; i++) {
      const k = s.key(i);
      if (k !== null && k.startsWith(prefix)) out.push(k);
    }
  } catch {
    // No listing without storage; the caller sees no keys.
  }
  return out;
}

/**
 * Several keys as one change: all are written, or – when one write fails – the ones already
 * written get their earlier text back, so that nothing changes. Undoing is safe on a full
 * storage: each step back returns to a size that was stored a moment before.
 */
export function writeKeys(entries: readonly (readonly [key: string, value: string])[]): WriteResult {
  const before: [string, string | null][] = [];
  for (const [key, value] of entries) {
    const previous = readKey(key);
    const result = writeKey(key, value);
    if (!result.ok) {
      for (const [k, old] of before.reverse()) {
        if (old === null) removeKey(k);
        else writeKey(k, old);
      }
      return result;
    }
    before.push([key, previous]);
  }
  return OK;
}
