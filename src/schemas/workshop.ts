import { z } from 'zod';
import { toolIdSchema } from './tool-ids';

/** Frontmatter of a workshop guide in content/workshop/ (one guide per tool). */
export const workshopSchema = z.object({
  /** The guide's title as the leader sees it, e.g. "Workshop: Ledningsgruppens ambitionstrappa". */
  title: z.string({ error: 'titeln saknas' }).trim().min(3, 'titeln saknas eller är för kort'),
  /** The tool the session is built around (an id from src/schemas/tool-ids.ts); its page is /verktyg/<tool>/. */
  tool: toolIdSchema,
  /** One or two sentences for the list of guides, search results and the page's meta description. */
  summary: z
    .string({ error: 'sammanfattningen saknas' })
    .trim()
    .min(20, 'sammanfattningen är för kort (minst 20 tecken)')
    .max(320, 'sammanfattningen är för lång (högst 320 tecken)'),
  /** The group the session is planned for, in words, e.g. "5–15 personer". */
  groupSize: z.string({ error: 'gruppstorleken saknas' }).trim().min(1, 'gruppstorleken saknas, skriv till exempel "5–15 personer"'),
});

export type WorkshopData = z.infer<typeof workshopSchema>;
