// The answer scale of checklist-like questions, kept free of zod so that islands can import it
// without shipping the schema library to the browser.

/** "vet-inte" is an answer, not a "nej": it is counted, but scores nothing. */
export const AGREEMENT = ['ja', 'delvis', 'nej', 'vet-inte'] as const;
export type Agreement = (typeof AGREEMENT)[number];

export const AGREEMENT_LABELS: Record<Agreement, string> = {
  ja: 'Ja',
  delvis: 'Delvis',
  nej: 'Nej',
  'vet-inte': 'Vet inte',
};

/** A tool's answers: item id → option id. */
export type Answers = Record<string, string>;
