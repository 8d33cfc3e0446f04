import { createAnswersStore } from './answers-store';

/** Answers to Ledningsgruppens ambitionstrappa, kept in localStorage under "samverkan:ambitionstrappan". */
export const ladderStore = createAnswersStore('ambitionstrappan', 'Ledningsgruppens ambitionstrappa');
