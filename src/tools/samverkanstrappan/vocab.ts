// Samverkanstrappan's vocabulary: ids and kinds the schema checks and the scoring uses. Zod-free,
// so that both import it and neither imports the other for values.

/** The answer key for the form the group has or plans (one of the steps, or `form.undecided`). */
export const FORM_KEY = 'form';

/**
 * The four things that decide the step (manual 8.1, with the balance of 2.5): two describe the
 * need, two what the group can carry.
 */
export const FACTOR_KINDS = ['komplexitet', 'luckor', 'resurser', 'ambition'] as const;
export type FactorKind = (typeof FACTOR_KINDS)[number];
export const NEED_KINDS: readonly FactorKind[] = ['komplexitet', 'luckor'];
export const CARRY_KINDS: readonly FactorKind[] = ['resurser', 'ambition'];
