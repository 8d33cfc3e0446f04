import { createAnswersStore } from './answers-store';

/** Answers to Samverkanstrappan, kept in localStorage under "samverkan:samverkanstrappan". */
export const staircaseStore = createAnswersStore('samverkanstrappan', 'Samverkanstrappan');
