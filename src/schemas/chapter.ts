import { z } from 'zod';
import { toolIdSchema } from './tool-ids';

/** The four parts of the manual; chapter 1 (how to use the handbook) stands before them. */
export const PARTS = ['I', 'II', 'III', 'IV'] as const;
export type Part = (typeof PARTS)[number];

/** Which chapters belong to which part, as in "Manual för samverkan". */
export const PART_OF_CHAPTER: Record<number, Part | undefined> = {
  1: undefined,
  2: 'I',
  3: 'I',
  4: 'I',
  5: 'II',
  6: 'II',
  7: 'II',
  8: 'II',
  9: 'II',
  10: 'III',
  11: 'IV',
  12: 'IV',
};

/** Frontmatter of a chapter file in content/chapters/. */
export const chapterSchema = z
  .object({
    /** The chapter's title as the reader sees it (without its number). */
    title: z.string().trim().min(3, 'titeln saknas eller är för kort'),
    /** Part I–IV of the manual; left out for chapter 1, which introduces the handbook. */
    part: z.enum(PARTS, { error: 'del ska vara I, II, III eller IV' }).optional(),
    /** The chapter's number, 1–12, which also decides its place in the navigation. */
    chapter: z.number({ error: 'kapitelnumret ska vara ett heltal' }).int().min(1).max(12),
    /** One or two sentences for lists, search results and the page's meta description. */
    summary: z.string().trim().min(20, 'sammanfattningen är för kort').max(320, 'sammanfattningen är för lång (högst 320 tecken)'),
    /** The sections of the manual the chapter builds on, e.g. ["7.1.3", "7.1.4"]; shown in the credit line. */
    sections: z.array(z.string().regex(/^\d+(\.\d+)*$/, 'avsnitt skrivs som 7.1.3')).default([]),
    /** Tools that apply the chapter's models (ids from src/schemas/tool-ids.ts). */
    tools: z.array(toolIdSchema).default([]),
  })
  .refine((c) => c.part === PART_OF_CHAPTER[c.chapter], {
    message: 'del stämmer inte med kapitelnumret (kap. 1 saknar del, 2–4 är del I, 5–9 del II, 10 del III, 11–12 del IV)',
    path: ['part'],
  });

export type ChapterData = z.infer<typeof chapterSchema>;
