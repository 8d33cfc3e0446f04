// One value kept in localStorage and shared by every open tab, written so that nothing is lost
// (issue 17): a change is made on the stored value as read right now, merged with this tab's own
// (so a stale tab cannot undo a newer change); when another tab writes, this tab merges what it
// wrote and shows the result (the `storage` event), writing back only what the other tab lacked.
// A write that storage refuses (full, blocked) keeps the change on screen and says so in
// $problem; the next change or retry() writes it. Unreadable stored text is copied aside
// (src/lib/persist/history.ts) before anything is written over it – and if it cannot be copied,
// it is not written over. The merge and formats are pure, in src/lib/persist and src/lib/group.
import { atom, type ReadableAtom } from 'nanostores';
import { keepAside, keptCopies, type KeptCopy } from '../lib/persist/history';
import { readKey, removeKey, writeKey, type WriteFailure } from '../lib/persist/storage';
import { STORED_EVENT } from '../lib/persist/envelope';

export interface SyncedFormat<T> {
  empty: T;
  decode: (raw: string) => { ok: true; value: T } | { ok: false; reason: string };
  encode: (value: T) => string;
  /** the stored value and this tab's, merged; the stored side's order first */
  merge: (stored: T, local: T) => T;
  same: (a: T, b: T) => boolean;
}

/** Why a change is not stored: the storage said no, or unreadable old data could not be copied aside. */
export type SaveProblem = WriteFailure | 'unkept';
export type SaveResult = { ok: true } | { ok: false; problem: SaveProblem };

export interface Unreadable {
  reason: string;
  /** whether the text was copied aside; if not, it is still under the key and not written over */
  kept: boolean;
  raw: string;
}

export interface Synced<T> {
  readonly key: string;
  readonly $value: ReadableAtom<T>;
  readonly $unreadable: ReadableAtom<Unreadable | null>;
  readonly $problem: ReadableAtom<SaveProblem | null>;
  readonly $copies: ReadableAtom<KeptCopy[]>;
  /** `fn` gets the stored value merged with this tab's and returns the next; it is shown at once and stored if storage allows. */
  change: (fn: (fresh: T) => T) => SaveResult;
  /** The next value and its text, without writing: for changes that span several keys (writeKeys). */
  prepare: (fn: (fresh: T) => T) => { ok: true; value: T; raw: string } | { ok: false; problem: SaveProblem };
  /** Shows a value that prepare() made and that was written. */
  committed: (value: T) => void;
  /** Like change(), but all or nothing: when storage refuses, nothing changes – not even on screen (imports, pastes). */
  attempt: (fn: (fresh: T) => T) => SaveResult;
  /** Writes what this tab shows again (after the reader has freed space). */
  retry: () => SaveResult;
  /** The reader has saved the unreadable text elsewhere and lets it go: the key is freed. */
  discardUnreadable: () => void;
  dismissUnreadable: () => void;
}

let askedToPersist = false;

/** Asks the browser once per page, quietly, not to evict the site's data (answers, groups). */
function askToPersist(): void {
  if (askedToPersist || typeof navigator === 'undefined') return;
  askedToPersist = true;
  try {
    const s = navigator.storage;
    if (!s?.persist) return;
    void s
      .persisted()
      .then((already) => already || s.persist())
      .catch(() => false);
  } catch {
    // Asking is a courtesy; without it the data is still stored.
  }
}

export function createSynced<T>(key: string, format: SyncedFormat<T>): Synced<T> {
  const $unreadable = atom<Unreadable | null>(null);
  const $problem = atom<SaveProblem | null>(null);
  const $copies = atom<KeptCopy[]>([]);

  /** The stored value now, or why it must not be written over. */
  const read = (): { ok: true; value: T } | { ok: false; problem: SaveProblem } => {
    const raw = readKey(key);
    if (raw === null) return { ok: true, value: format.empty };
    const decoded = format.decode(raw);
    if (decoded.ok) return decoded;
    const kept = keepAside(key, raw);
    const was = $unreadable.get();
    $unreadable.set({ reason: decoded.reason, kept: kept.ok, raw });
    if (!was || was.kept !== kept.ok) $copies.set(keptCopies(key));
    return kept.ok ? { ok: true, value: format.empty } : { ok: false, problem: 'unkept' };
  };

  const first = read();
  const $value = atom<T>(first.ok ? first.value : format.empty);
  if ($unreadable.get()) $copies.set(keptCopies(key));

  const prepare: Synced<T>['prepare'] = (fn) => {
    const fresh = read();
    if (!fresh.ok) return fresh;
    const value = fn(format.merge(fresh.value, $value.get()));
    return { ok: true, value, raw: format.encode(value) };
  };

  const committed = (value: T) => {
    $value.set(value);
    $problem.set(null);
    askToPersist();
    // A tool on this page whose island still sleeps (src/ui/tool/wake.ts) wakes to show it.
    if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(STORED_EVENT, { detail: key }));
  };

  const change: Synced<T>['change'] = (fn) => {
    const next = prepare(fn);
    if (!next.ok) {
      // What the reader did stays on screen, though it is not stored.
      $value.set(fn($value.get()));
      $problem.set(next.problem);
      return next;
    }
    const written = writeKey(key, next.raw);
    if (written.ok) {
      committed(next.value);
      return { ok: true };
    }
    $value.set(next.value);
    $problem.set(written.failure);
    return { ok: false, problem: written.failure };
  };

  const attempt: Synced<T>['attempt'] = (fn) => {
    const next = prepare(fn);
    if (!next.ok) return next;
    const written = writeKey(key, next.raw);
    if (!written.ok) return { ok: false, problem: written.failure };
    committed(next.value);
    return { ok: true };
  };

  /** Another tab wrote (or the page came back from the cache): show the stored truth, merged with ours. */
  const sync = () => {
    const raw = readKey(key);
    if (raw === null) {
      // Removed elsewhere (the reader cleared the site's data): follow, as a fresh page would.
      $value.set(format.empty);
      return;
    }
    const decoded = format.decode(raw);
    if (!decoded.ok) return;
    const merged = format.merge(decoded.value, $value.get());
    $value.set(merged);
    if (format.same(merged, decoded.value)) return;
    // This tab holds changes the stored value lacks (a write that crossed the other tab's): store them.
    const written = writeKey(key, format.encode(merged));
    $problem.set(written.ok ? null : written.failure);
  };

  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (e) => {
      if (e.key === key || e.key === null) sync();
    });
    window.addEventListener('pageshow', (e) => {
      if (e.persisted) sync();
    });
  }

  return {
    key,
    $value,
    $unreadable,
    $problem,
    $copies,
    change,
    attempt,
    prepare,
    committed,
    retry: () => change((v) => v),
    discardUnreadable() {
      removeKey(key);
      $unreadable.set(null);
      $copies.set(keptCopies(key));
    },
    dismissUnreadable() {
      const u = $unreadable.get();
      // A copy that could not be kept stays announced: its text is still at risk.
      if (u?.kept) $unreadable.set(null);
    },
  };
}
