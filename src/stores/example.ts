// The example slot (format in src/lib/example/stored.ts): which case's example the tools show,
// if any, and the actions on it. Loading an example never writes the reader's own answers
// (samverkan:<tool>); leaving it shows them again, exactly as they were.
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { readKey, removeKey, writeKey } from '../lib/persist/storage';
import type { CodedTool } from '../lib/codes/answer-code';
import { decodeExample, encodeExample, EXAMPLE_KEY, type ActiveExample, type ToolAnswers } from '../lib/example/stored';
import type { Answers } from '../lib/answers';
import type { AnswersStore } from './answers-store';

// The slot writes through a storage that never throws: on a full or blocked storage an edit of
// the example stays on screen (the reader's own answers are never at stake here).
if (typeof window !== 'undefined') {
  const safeStorage = new Proxy(
    {},
    {
      get: (_, k) => (typeof k === 'string' ? (readKey(k) ?? undefined) : undefined),
      has: (_, k) => typeof k === 'string' && readKey(k) !== null,
      set: (_, k, v) => (typeof k === 'string' && writeKey(k, String(v)), true),
      deleteProperty: (_, k) => (typeof k === 'string' && removeKey(k), true),
    },
  );
  setPersistentEngine(safeStorage, windowPersistentEvents);
}

export const $example = persistentAtom<ActiveExample | null>(EXAMPLE_KEY, null, {
  encode: encodeExample,
  decode: decodeExample,
});

/** Shows a case's example in every tool it has answers for, until the reader leaves it. */
export function loadExample(example: { case: string; title: string; answers: ToolAnswers }): void {
  $example.set({ case: example.case, title: example.title, original: example.answers, answers: example.answers });
}

/** Back to the reader's own answers. The example (and any edits to it) is forgotten. */
export function leaveExample(): void {
  $example.set(null);
}

function writeTool(tool: CodedTool, answers: Answers): void {
  const current = $example.get();
  if (!current) return;
  $example.set({ ...current, answers: { ...current.answers, [tool]: answers } });
}

/** What the tools do with their answers while the example is shown: the same actions as a tool's own store, on the slot. */
export type AnswerActions = Pick<AnswersStore, 'setAnswer' | 'clearAnswer' | 'replace' | 'reset' | 'dismissNotice' | 'retry'>;

export function exampleActions(tool: CodedTool): AnswerActions {
  const answers = () => $example.get()?.answers[tool] ?? {};
  return {
    setAnswer: (item, option) => writeTool(tool, { ...answers(), [item]: option }),
    clearAnswer: (item) => {
      const { [item]: _gone, ...rest } = answers();
      writeTool(tool, rest);
    },
    replace: (next) => {
      writeTool(tool, { ...next });
      return { ok: true };
    },
    // "Börja om" in an example brings back the case's own answers for this tool.
    reset: () => writeTool(tool, { ...($example.get()?.original[tool] ?? {}) }),
    dismissNotice: () => {},
    retry: () => ({ ok: true }),
  };
}
