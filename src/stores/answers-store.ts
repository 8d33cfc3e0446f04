// One store per tool, made on first use by answersStore(id): its answers in localStorage under
// samverkan:<id> (format in src/lib/persist/envelope.ts), shared by every open tab and merged per
// answer (src/lib/persist/merge-answers.ts, src/stores/synced.ts), plus what the reader must be
// told: stored data that could not be used, and a change that could not be stored. No list of
// tools: any registered id gets its store. Islands call useStore() and the actions; nothing here
// touches the DOM.
import type { ReadableAtom } from 'nanostores';
import type { Answers } from '../lib/answers';
import { decodeStored, EMPTY_STORED, encodeStored, STORAGE_PREFIX, type Stored } from '../lib/persist/envelope';
import type { KeptCopy } from '../lib/persist/history';
import { mergeStored, sameStored, stampAnswers } from '../lib/persist/merge-answers';
import { writeKeys } from '../lib/persist/storage';
import { toolMeta } from '../tools/meta';
import type { ToolId } from '../tools/index';
import { createSynced, type SaveProblem, type SaveResult, type Synced, type Unreadable } from './synced';

export interface AnswersStore {
  readonly key: string;
  readonly toolName: string;
  readonly $stored: ReadableAtom<Stored>;
  /** the saved text that could not be read (and why), while the reader is told about it; null when all is well */
  readonly $unreadable: ReadableAtom<Unreadable | null>;
  /** why the last change is not stored, or null when everything shown is stored */
  readonly $problem: ReadableAtom<SaveProblem | null>;
  /** earlier unreadable texts kept aside, newest first */
  readonly $copies: ReadableAtom<KeptCopy[]>;
  setAnswer: (item: string, option: string) => void;
  clearAnswer: (item: string) => void;
  /** Replaces all answers at once (import, example data). */
  replace: (answers: Answers) => SaveResult;
  reset: () => void;
  dismissNotice: () => void;
  /** Stores again what is shown, after the reader has made room. */
  retry: () => SaveResult;
  /** Lets go of unreadable text that could not be copied aside (after the reader downloaded it). */
  discardUnreadable: () => void;
}

const syncedOf = new WeakMap<AnswersStore, Synced<Stored>>();

const answersFormat = {
  empty: EMPTY_STORED,
  decode: decodeStored,
  encode: encodeStored,
  merge: mergeStored,
  same: sameStored,
};

export function createAnswersStore(toolId: string, toolName: string): AnswersStore {
  const synced = createSynced<Stored>(STORAGE_PREFIX + toolId, answersFormat);
  const edit = (fn: (answers: Answers) => Answers) => synced.change((fresh) => stampAnswers(fresh, fn(fresh.answers), Date.now()));

  const store: AnswersStore = {
    key: synced.key,
    toolName,
    $stored: synced.$value,
    $unreadable: synced.$unreadable,
    $problem: synced.$problem,
    $copies: synced.$copies,
    setAnswer(item, option) {
      edit((answers) => ({ ...answers, [item]: option }));
    },
    clearAnswer(item) {
      edit((answers) => {
        const { [item]: _gone, ...rest } = answers;
        return rest;
      });
    },
    replace: (answers) => edit(() => ({ ...answers })),
    reset() {
      edit(() => ({}));
      synced.dismissUnreadable();
    },
    dismissNotice: synced.dismissUnreadable,
    retry: synced.retry,
    discardUnreadable: synced.discardUnreadable,
  };
  syncedOf.set(store, synced);
  return store;
}

/**
 * Several tools' answers replaced as one change (an import): every tool is written, or none is –
 * on a full storage nothing changes, and the reader is told.
 */
export function replaceAll(changes: readonly (readonly [AnswersStore, Answers])[]): SaveResult {
  const now = Date.now();
  const prepared = [];
  for (const [store, answers] of changes) {
    const synced = syncedOf.get(store)!;
    const next = synced.prepare((fresh) => stampAnswers(fresh, { ...answers }, now));
    if (!next.ok) return next;
    prepared.push({ synced, ...next });
  }
  const written = writeKeys(prepared.map((p) => [p.synced.key, p.raw] as const));
  if (!written.ok) return { ok: false, problem: written.failure };
  for (const p of prepared) p.synced.committed(p.value);
  return { ok: true };
}

const made = new Map<string, AnswersStore>();

/** The store of a tool's answers; the same object for the same tool, however often asked for. */
export function answersStore(id: ToolId): AnswersStore {
  let store = made.get(id);
  if (!store) {
    store = createAnswersStore(id, toolMeta(id)?.name ?? id);
    made.set(id, store);
  }
  return store;
}
