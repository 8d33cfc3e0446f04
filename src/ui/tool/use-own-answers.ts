// The reader's own saved answers of one tool, read from its store and nothing more: no notice
// text, no case example. Min självskattning reads ten tools this way without loading the words of
// ./use-answers.ts, which builds on it. During hydration it returns what the server rendered (no
// answers), and the saved answers right after: Preact's hydrate() does not patch a DOM that
// differs from the first client render, so saved answers must arrive as an update.
import { useStore } from '@nanostores/preact';
import type { Answers } from '../../lib/answers';
import type { AnswersStore } from '../../stores/answers-store';

const NOTHING_SAVED = { answers: {}, at: {} };

export function useOwnAnswers(store: AnswersStore): Answers {
  return useStore(store.$stored, { ssr: () => NOTHING_SAVED }).answers;
}
