// One persisted store per tool, made on first use by answersStore(id): its answers in localStorage
// under samverkan:<id> (format in src/lib/persist/envelope.ts), plus a notice for the reader when
// stored data could not be used. No list of tools: any registered id gets its store. Islands call
// useStore() and the actions; nothing here touches the DOM.
import { atom, type ReadableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import type { Answers } from '../lib/answers';
import { decodeStored, encodeStored, STORAGE_PREFIX, type Stored } from '../lib/persist/envelope';
import { keepAside } from '../lib/persist/storage';
import { toolMeta } from '../tools/meta';
import type { ToolId } from '../tools/index';

export interface AnswersStore {
  readonly key: string;
  readonly $stored: ReadableAtom<Stored>;
  /** A message for the reader when saved answers could not be read; null when all is well. */
  readonly $notice: ReadableAtom<string | null>;
  setAnswer(item: string, option: string): void;
  clearAnswer(item: string): void;
  /** Replaces all answers at once (import, example data). */
  replace(answers: Answers): void;
  reset(): void;
  dismissNotice(): void;
}

const EMPTY: Stored = { answers: {} };

export function createAnswersStore(toolId: string, toolName: string): AnswersStore {
  const key = STORAGE_PREFIX + toolId;
  const $notice = atom<string | null>(null);
  const $stored = persistentAtom<Stored>(key, EMPTY, {
    encode: encodeStored,
    decode(raw) {
      const decoded = decodeStored(raw);
      if (decoded.ok) return decoded.value;
      // Keep the unreadable text under another key, so that nothing the reader saved is lost.
      keepAside(key, raw);
      $notice.set(
        `Dina sparade svar i ${toolName} kunde inte användas: ${decoded.reason}. Verktyget börjar därför tomt. ` +
          'De gamla uppgifterna ligger kvar orörda i webbläsaren, och dina svar i de andra verktygen påverkas inte.',
      );
      return EMPTY;
    },
  });

  const write = (answers: Answers) => $stored.set({ answers, savedAt: new Date().toISOString() });

  return {
    key,
    $stored,
    $notice,
    setAnswer(item, option) {
      write({ ...$stored.get().answers, [item]: option });
    },
    clearAnswer(item) {
      const { [item]: _gone, ...rest } = $stored.get().answers;
      write(rest);
    },
    replace(answers) {
      write({ ...answers });
    },
    reset() {
      $stored.set(EMPTY);
      $notice.set(null);
    },
    dismissNotice() {
      $notice.set(null);
    },
  };
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
