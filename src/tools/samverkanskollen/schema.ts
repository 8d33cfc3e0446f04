import { z } from 'zod';
import { idSchema, readNextSchema, uniqueIds } from '../shared/schema';

const itemSchema = z.object({
  /** Stable id, used in storage and answer codes; never reuse one for another question. */
  id: idSchema,
  /** The topic the question covers; no other question of the check covers it (see bank.ts). */
  topic: z.string().min(3),
  /** The heading the question stands under in the check. */
  section: z.string().min(3),
  /** The question, put so that "ja" is the good answer. */
  question: z.string().min(10),
  /** A noun phrase for the good state, to stand in a sentence: "… finns bara delvis". */
  label: z.string().min(3),
  /** What the diagnosis says when the answer is "nej". */
  finding: z.object({
    /** What was found, one sentence. */
    title: z.string().min(10),
    /** What the handbook says about it and the next step, one or two sentences. */
    advice: z.string().min(20),
  }),
  /** The handbook section that treats the topic. */
  read: readNextSchema,
});

/** content/models/samverkanskollen.yaml */
export const kollenModelSchema = z
  .object({
    /** Raised when questions change meaning, so that old answer codes are recognised. */
    version: z.number().int().min(1),
    /** The check's own questions, in the order the tool lists them. */
    items: z.array(itemSchema).min(1),
    readNext: readNextSchema,
  })
  .refine((m) => uniqueIds(m.items), { message: 'varje fråga behöver ett eget id', path: ['items'] });

export type KollenModel = z.infer<typeof kollenModelSchema>;
export type KollenItem = KollenModel['items'][number];

/** The schema the registry loads content/models/<id>.yaml with (src/tools/models.ts). */
export const schema = kollenModelSchema;
