import { z } from 'zod';
import { idSchema, readNextSchema, uniqueIds } from '../shared/schema';

const itemSchema = z.object({
  /** Stable id, unique across all areas (answers are one flat record); never reuse one. */
  id: idSchema,
  /** A short name for the item, shown as a tag in the list of things to work on. */
  label: z.string().min(2),
  /** The question, put so that "ja" is the good answer (for a mistake: that it is avoided). */
  question: z.string().min(10),
  /** What to work on, shown when the answer is "nej" or "delvis". */
  todo: z.string().min(10),
});

const areaSchema = z.object({
  /** Stable id; also the in-page anchor of the area's section (#checklistor-<id>). */
  id: idSchema,
  /** The area's heading. */
  title: z.string().min(3),
  /** Where the list comes from, e.g. "Manual för samverkan, avsnitt 8.3". */
  source: z.string().min(3),
  /** One or two sentences shown under the heading: what the area asks, and how to read "ja". */
  intro: z.string().min(10),
  /** The handbook section that teaches the list. */
  readNext: readNextSchema,
  items: z.array(itemSchema).min(2),
});

const bandSchema = z.object({
  id: idSchema,
  /** The word for the band, in lower case: "stark", "ojämn", "svag". */
  label: z.string().min(2),
  /** The same word in the plural, for a tie: "starka", "ojämna", "svaga". */
  plural: z.string().min(2),
  /** The lowest share of possible points (0–1) that still falls in this band. */
  min: z.number().min(0).max(1),
  /** One sentence about an area in this band. */
  area: z.string().min(10),
  /** What the overall result says when the weakest area is in this band. */
  overall: z.string().min(10),
});

const pointsSchema = z.object({
  ja: z.literal(1),
  delvis: z.number().gt(0).lt(1),
  nej: z.literal(0),
});

/** content/models/checklistor.yaml */
export const checklistsModelSchema = z
  .object({
    /** Raised when questions change meaning, so that old answer codes are recognised. */
    version: z.number().int().min(1),
    /** Points per answer; "vet inte" and unanswered give none and are left out of the share. */
    points: pointsSchema,
    /** The share of an area's questions that must be answered ja/delvis/nej before it gets a word. */
    judgeFrom: z.number().gt(0).max(1),
    /** Words for an area's share of points, highest band first; the last starts at 0. */
    bands: z.array(bandSchema).min(2),
    /** The handbook section on the weakest link, linked from the overall result. */
    readNext: readNextSchema,
    /** The checklists, in the order a group meets them. */
    areas: z.array(areaSchema).min(2),
  })
  .refine((m) => m.bands.every((b, i) => i === 0 || b.min < m.bands[i - 1]!.min), {
    message: 'banden ska stå med det högsta först, och varje min ska vara lägre än bandet ovanför',
    path: ['bands'],
  })
  .refine((m) => m.bands.at(-1)?.min === 0, {
    message: 'det sista bandet ska börja på 0, så att varje andel får ett ord',
    path: ['bands'],
  })
  .refine((m) => uniqueIds(m.bands), { message: 'varje band behöver ett eget id', path: ['bands'] })
  .refine((m) => uniqueIds(m.areas), { message: 'varje område behöver ett eget id', path: ['areas'] })
  .refine((m) => uniqueIds(m.areas.flatMap((a) => a.items)), {
    message: 'varje fråga behöver ett id som inte används i något annat område (svaren sparas i en och samma lista)',
    path: ['areas'],
  });

export type ChecklistsModel = z.infer<typeof checklistsModelSchema>;
export type ChecklistArea = ChecklistsModel['areas'][number];
export type ChecklistItem = ChecklistArea['items'][number];
export type ChecklistBand = ChecklistsModel['bands'][number];

/** The schema the registry loads content/models/<id>.yaml with (src/tools/models.ts). */
export const schema = checklistsModelSchema;
