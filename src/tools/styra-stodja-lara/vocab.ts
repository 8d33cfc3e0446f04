// Styra – stödja – lära's vocabulary: ids the schema checks and the scoring uses. Zod-free, so
// that both import it and neither imports the other for values.

/** The sides in the manual's order; the schema holds the model to it. */
export const SIDE_IDS = ['styra', 'stodja', 'lara'] as const;
export type SideId = (typeof SIDE_IDS)[number];
