import { createAnswersStore } from './answers-store';

/**
 * Answers to Tid och fördelning, kept in localStorage under "samverkan:tid-och-fordelning": the
 * horizon ("ar": "5") and the amounts as digits ("kommunen-kostnad-1": "1500"); see
 * src/lib/scoring/payback.ts for the keys and src/lib/amounts.ts for the amounts' format.
 */
export const paybackStore = createAnswersStore('tid-och-fordelning', 'Tid och fördelning');
