import { createAnswersStore } from './answers-store';

/** Answers to Två ledarstilar, kept in localStorage under "samverkan:ledarstilar". */
export const leadershipStylesStore = createAnswersStore('ledarstilar', 'Två ledarstilar');
