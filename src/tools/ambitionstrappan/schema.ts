import { z } from 'zod';
import { idSchema, readNextSchema, uniqueIds } from '../shared/schema';

const criterionSchema = z.object({
  /** Stable id, used in storage and answer codes; never reuse one for another question. */
  id: idSchema,
  /**
   * What the criterion asks, in a few words and lower case, to stand in a sentence: "Nivå 1 är
   * delvis på plats: personlig kännedom finns bara delvis." A noun phrase that fits "… finns".
   */
  label: z.string().min(3),
  /** Which kind of demand this is (a key of `areas`): rhythm, staffing, mandate, strategy … */
  area: idSchema,
  /** The question the group answers ja / delvis / nej / vet inte. */
  question: z.string().min(10),
  /** What the level demands, shown as a step to take when the answer is not "ja". */
  demand: z.string().min(10),
});

const levelSchema = z.object({
  id: idSchema,
  /** 1–4, the step on the ladder. */
  number: z.number().int().min(1),
  /** The manual's name of the level. */
  name: z.string().min(3),
  /** How a group at this level works, in two or three sentences (the tool). */
  summary: z.string().min(20),
  /** The glossary entry for the level's name, if it has one (content/ordlista/<id>.yaml). */
  term: idSchema.optional(),
  /** "Hur gruppen arbetar" in the chapter's table of the levels. */
  works: z.string().min(20),
  /** "Vad den åstadkommer" in the chapter's table of the levels. */
  achieves: z.string().min(20),
  /** What the group must have in place for the level to count. */
  criteria: z.array(criterionSchema).min(1),
});

/** content/models/ambitionstrappan.yaml */
export const ladderModelSchema = z
  .object({
    /** Raised when questions change meaning, so that old answer codes are recognised. */
    version: z.number().int().min(1),
    /** The levels from the lowest up. */
    levels: z.array(levelSchema).min(2),
    /** Names of the criteria's areas. */
    areas: z.record(idSchema, z.string().min(2)),
    /** The lowest level that really leads collaboration (the manual: level 3). */
    leadsFrom: z.number().int().min(1),
    readNext: readNextSchema,
  })
  .refine((m) => m.levels.every((l, i) => l.number === i + 1), {
    message: 'nivåerna ska stå i ordning och numreras 1, 2, 3 …',
    path: ['levels'],
  })
  .refine((m) => uniqueIds(m.levels) && uniqueIds(m.levels.flatMap((l) => l.criteria)), {
    message: 'varje nivå och varje fråga behöver ett eget id',
    path: ['levels'],
  })
  .refine((m) => m.levels.flatMap((l) => l.criteria).every((c) => c.area in m.areas), {
    message: 'en fråga har ett område (area) som inte finns under areas',
    path: ['levels'],
  });

export type LadderModel = z.infer<typeof ladderModelSchema>;
export type LadderLevel = LadderModel['levels'][number];
export type LadderCriterion = LadderLevel['criteria'][number];

/** The schema the registry loads content/models/<id>.yaml with (src/tools/models.ts). */
export const schema = ladderModelSchema;
