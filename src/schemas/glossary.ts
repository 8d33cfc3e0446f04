import { z } from 'zod';

/** The file name of an entry (content/ordlista/<id>.yaml) is its anchor on /ordlista/. */
export const GLOSSARY_ID = /^[a-z0-9-]+$/;

/** One file in content/ordlista/: one term. */
export const glossaryEntrySchema = z.object({
  /** The term as written in running text. */
  term: z.string().trim().min(2),
  /** A sentence or two in our own words. */
  definition: z.string().trim().min(20, 'definitionen är för kort'),
  /** Where the handbook explains it: "<chapter-slug>#<heading-anchor>" or "<chapter-slug>". */
  explainedIn: z.string().regex(/^[a-z0-9-]+(#[\p{Ll}\p{N}-]+)?$/u, 'skriv som kapitel-slug#rubrik-ankare'),
});

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
