// Vad är framgång?'s vocabulary: the answers and kinds the schema checks and the scoring uses.
// Zod-free, so that both import it and neither imports the other for values.

/** The answers to a level question, from the strongest aim down ("vet inte" comes on top). */
export const AIMS = ['huvudmal', 'andra-hand', 'nej'] as const;
export type Aim = (typeof AIMS)[number];
/** How an evaluation answer weighs: the good, the middle and the bad one, in that order. */
export const DIRECTIONS = ['bra', 'mitten', 'daligt'] as const;
export type Direction = (typeof DIRECTIONS)[number];
/** Soft (social) and hard (economic) values, manual 4.5. */
export const MEASURE_KINDS = ['mjuk', 'hard'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];
