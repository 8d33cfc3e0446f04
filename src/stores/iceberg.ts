import { createAnswersStore } from './answers-store';

/** Answers to Hindrens isberg, kept in localStorage under "samverkan:hindrens-isberg". */
export const icebergStore = createAnswersStore('hindrens-isberg', 'Hindrens isberg');
