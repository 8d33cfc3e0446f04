// Reads a tool's answers store in an island. During hydration it returns what the server
// rendered (no answers), and the saved answers right after: Preact's hydrate() does not patch a
// DOM that differs from the first client render, so saved answers must arrive as an update.
import { useStore } from '@nanostores/preact';
import type { Answers } from '../../schemas/models/agreement';
import type { AnswersStore } from '../../stores/answers-store';

const NOTHING_SAVED = { answers: {} };

export function useAnswers(store: AnswersStore): { answers: Answers; notice: string | null } {
  const stored = useStore(store.$stored, { ssr: () => NOTHING_SAVED });
  const notice = useStore(store.$notice, { ssr: () => null });
  return { answers: stored.answers, notice };
}
