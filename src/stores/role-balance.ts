import { createAnswersStore } from './answers-store';

/** Answers to Styra – stödja – lära, kept in localStorage under "samverkan:styra-stodja-lara". */
export const roleBalanceStore = createAnswersStore('styra-stodja-lara', 'Styra – stödja – lära');
