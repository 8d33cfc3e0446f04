import { createAnswersStore } from './answers-store';

/** Answers to Vad är framgång?, kept in localStorage under "samverkan:framgang". */
export const successStore = createAnswersStore('framgang', 'Vad är framgång?');
