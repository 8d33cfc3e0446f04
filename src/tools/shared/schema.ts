import { z } from 'zod';

// Islands import the scale from ./agreement directly (no zod in the browser).
export { AGREEMENT, AGREEMENT_LABELS, type Agreement } from './scale';

/** Ids of items, levels and options: stable, lower case, used in storage and answer codes. */
export const idSchema = z.string().regex(/^[a-z0-9-]+$/, 'id får bara innehålla a–z, siffror och bindestreck');

/**
 * A tool's answers as stored and exchanged: item id → option id. Which ids are valid is checked
 * against the tool's model (see src/lib/answers.ts), so old or foreign keys can be dropped.
 */
export const answersSchema = z.record(idSchema, idSchema);
export type { Answers } from './scale';

/** A pointer into the handbook: the section to read next. */
export const readNextSchema = z.object({
  /** Link text, e.g. "7.1.3 Fyra ambitionsnivåer". */
  label: z.string().min(3),
  /** Root-relative address, e.g. "/handboken/samverkansledning/#fyra-ambitionsnivåer". */
  href: z.string().regex(/^\/[^\s]*$/, 'skriv adressen som /handboken/kapitel/#rubrik'),
});
export type ReadNext = z.infer<typeof readNextSchema>;

/** Ids must be unique within a list; returns a refine-ready check. */
export function uniqueIds<T extends { id: string }>(items: readonly T[]): boolean {
  return new Set(items.map((i) => i.id)).size === items.length;
}
