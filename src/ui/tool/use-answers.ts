// Reads a tool's answers store in an island: the answers (./use-own-answers.ts, which says why
// they arrive after hydration) and, when saved text could not be read, the notice that says so.
import { useStore } from '@nanostores/preact';
import type { Answers } from '../../tools/shared/scale';
import type { AnswersStore } from '../../stores/answers-store';
import type { ToolId } from '../../tools/index';
import type { ActiveExample } from '../../lib/example/stored';
import { $example, exampleActions, type AnswerActions } from '../../stores/example';
import { answersStore } from '../../stores/answers-store';
import { tf } from '../strings';
import { useOwnAnswers } from './use-own-answers';

export function useAnswers(store: AnswersStore): { answers: Answers; notice: string | null } {
  const answers = useOwnAnswers(store);
  const unreadable = useStore(store.$unreadable, { ssr: () => null });
  const notice = unreadable
    ? tf(unreadable.kept ? 'storage.unreadable.tool' : 'storage.unreadable.toolUnkept', { tool: store.toolName, reason: unreadable.reason })
    : null;
  return { answers, notice };
}

/**
 * What a tool island shows and edits: the example's answers while a case's example is loaded
 * (and has answers for this tool), otherwise the reader's own. The island calls the returned
 * actions and never needs to know which slot it is working on. Like useAnswers, the first render
 * during hydration shows nothing saved and no example.
 */
export interface ToolAnswers {
  answers: Answers;
  notice: string | null;
  actions: AnswerActions;
  /** the loaded example, when it covers this tool */
  example: ActiveExample | null;
}

export function useToolAnswers(tool: ToolId): ToolAnswers {
  const own = useAnswers(answersStore(tool));
  const example = useStore($example, { ssr: () => null });
  if (example && example.original[tool] !== undefined) {
    return { answers: example.answers[tool] ?? {}, notice: null, actions: exampleActions(tool), example };
  }
  return { answers: own.answers, notice: own.notice, actions: answersStore(tool), example: null };
}
