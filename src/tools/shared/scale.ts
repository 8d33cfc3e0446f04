// The answer scales the tools share, kept free of zod so that islands can import them without
// shipping the schema library to the browser.

import type { ToolOption } from '../../lib/items';

/** "vet-inte" is an answer, not a "nej": it is counted, but scores nothing. */
export const AGREEMENT = ['ja', 'delvis', 'nej', 'vet-inte'] as const;
export type Agreement = (typeof AGREEMENT)[number];

export const AGREEMENT_LABELS: Record<Agreement, string> = {
  ja: 'Ja',
  delvis: 'Delvis',
  nej: 'Nej',
  'vet-inte': 'Vet inte',
};

export type { Answers } from '../../lib/answers';

/** "Vet inte": an answer of its own in every tool, counted but never scored. */
export const UNKNOWN = 'vet-inte';

/** The "vet inte" option as items list it. */
export const unknownOption: ToolOption = { id: UNKNOWN, label: AGREEMENT_LABELS[UNKNOWN], value: null };

/** ja / delvis / nej / vet inte on a 0–2 line: ja is best. */
export function agreementOptions(): ToolOption[] {
  return [
    { id: 'ja', label: AGREEMENT_LABELS.ja, value: 2 },
    { id: 'delvis', label: AGREEMENT_LABELS.delvis, value: 1 },
    { id: 'nej', label: AGREEMENT_LABELS.nej, value: 0 },
    unknownOption,
  ];
}

/**
 * A rating from `from` up, one option per label ("0 – inget hinder" …), then "vet inte".
 * The option ids are the numbers as text.
 */
export function ratingOptions(labels: readonly string[], from: number): ToolOption[] {
  return [...labels.map((label, i) => ({ id: String(from + i), label: `${from + i} – ${label}`, value: from + i })), unknownOption];
}
