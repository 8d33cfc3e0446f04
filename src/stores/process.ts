import { createAnswersStore } from './answers-store';

/** Answers to Var är vi i processen?, kept in localStorage under "samverkan:processen". */
export const processStore = createAnswersStore('processen', 'Var är vi i processen?');
