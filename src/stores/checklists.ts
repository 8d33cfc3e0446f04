import { createAnswersStore } from './answers-store';

/** Answers to Checklistor före start, kept in localStorage under "samverkan:checklistor". */
export const checklistsStore = createAnswersStore('checklistor', 'Checklistor före start');
