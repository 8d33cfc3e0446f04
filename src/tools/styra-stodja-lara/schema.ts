import { z } from 'zod';
import { idSchema, readNextSchema, uniqueIds } from '../shared/schema';
// The constants live with the scoring, so that the island does not ship this schema.
import { SIDE_IDS } from './vocab';

/** Every link points into chapter 7, where the model is taught. */
const CHAPTER_HREF = '/handboken/samverkansledning/#';
const chapterLink = readNextSchema.refine((r) => r.href.startsWith(CHAPTER_HREF), {
  message: `länken ska gå till en rubrik i kapitel 7: ${CHAPTER_HREF}rubrikens-id`,
  path: ['href'],
});

/** One sentence that ends with a full stop. */
const sentence = z
  .string()
  .min(20)
  .refine((s) => /[.!?]$/.test(s.trim()) && !/[.!?]\s+\p{Lu}/u.test(s.trim()), {
    message: 'förklaringen ska vara en enda mening som slutar med punkt',
  });

const roleSchema = z.object({
  /** Stable id, used in storage and answer codes; never reuse one for another role. */
  id: idSchema,
  /** The manual's name of the role, e.g. "Vägvisare". */
  name: z.string().min(3),
  /** What the group does when it takes the role, in one sentence of our own. */
  explanation: sentence,
});

const sideSchema = z.object({
  /** styra, stodja or lara – the scoring compares the sides by these ids. */
  id: z.enum(SIDE_IDS),
  /** The side's name as a heading: "Styra". */
  name: z.string().min(3),
  /** The side in a sentence, lower case: "att styra" ("Tyngdpunkten ligger på att styra"). */
  verb: z.string().regex(/^att \p{Ll}/u, 'skriv sidan som ”att styra”, med liten bokstav'),
  /** What the side is about, in a sentence or two (shown above its roles). */
  summary: z.string().min(20),
  /** What to do when the side is weak or the weakest. */
  advice: z.string().min(20),
  roles: z.array(roleSchema).min(1),
});

const mistakeSchema = z.object({
  /** The mistake's name, shown as a heading in the result. */
  title: z.string().min(3),
  /** What the answers show and why it matters. */
  text: z.string().min(20),
});

/** content/models/styra-stodja-lara.yaml */
export const roleBalanceModelSchema = z
  .object({
    /** Raised when roles change meaning, so that old answer codes are recognised. */
    version: z.number().int().min(1),
    /** The question every role answers. */
    question: z.string().regex(/\?$/, 'frågan ska sluta med frågetecken'),
    /** Labels of the ratings 0, 1, 2 and 3 in that order, lower case ("inte alls" … "i hög grad"). */
    scale: z
      .array(z.string().regex(/^\p{Ll}/u, 'skriv skalstegen med liten bokstav'))
      .length(4, 'skalan ska ha exakt fyra steg: 0, 1, 2 och 3'),
    thresholds: z.object({
      /** A side whose mean rating is at least this counts as strong. */
      high: z.number().min(0).max(3),
      /** A side whose mean rating is at most this counts as weak. */
      low: z.number().min(0).max(3),
      /** Sides whose means differ by at least this are out of balance. */
      gap: z.number().gt(0).max(3),
      /** Roles rated at most this are listed as roles the group seldom takes. */
      weakRole: z.number().int().min(0).max(2),
    }),
    /** The three sides, in the order styra, stödja, lära. */
    sides: z.array(sideSchema).length(3, 'modellen ska ha exakt tre sidor: styra, stödja och lära'),
    /** The belief behind the third mistake, asked as a question answered ja / delvis / nej / vet inte. */
    instruments: z.object({
      /** Stable id of the question, used in storage and answer codes. */
      id: idSchema,
      question: z.string().trim().regex(/\?$/, 'frågan ska sluta med frågetecken'),
    }),
    /** The three common mistakes of 7.6.4. */
    mistakes: z.object({
      /** Steering outweighs support. */
      steeringWithoutSupport: mistakeSchema,
      /** Learning is the weakest side, or weak. */
      learningForgotten: mistakeSchema,
      /** "We cannot lead without instruments" (the instruments question answered ja or delvis). */
      noInstruments: mistakeSchema.extend({
        /** Added when support and learning are both strong. */
        whenStrong: z.string().min(20),
      }),
    }),
    /** Sections of chapter 7 the result links to. */
    links: z.object({
      /** The model as a whole; always shown. */
      main: chapterLink,
      /** Why all three sides are needed; shown when the sides are out of balance. */
      balance: chapterLink,
      /** The three mistakes; shown when one is flagged. */
      mistakes: chapterLink,
      /** The table of the twelve roles; shown when some role is seldom taken. */
      roles: chapterLink,
    }),
  })
  .refine((m) => m.sides.map((s) => s.id).join(',') === SIDE_IDS.join(','), {
    message: `sidorna ska stå i ordningen ${SIDE_IDS.join(', ')}`,
    path: ['sides'],
  })
  .refine((m) => m.thresholds.low < m.thresholds.high, {
    message: 'gränsen för svag (low) måste vara lägre än gränsen för stark (high)',
    path: ['thresholds'],
  })
  .refine((m) => uniqueIds([...m.sides.flatMap((s) => s.roles), m.instruments]), {
    message: 'varje roll och frågan om styrmedel behöver ett eget id',
    path: ['sides'],
  });

export type RoleBalanceModel = z.infer<typeof roleBalanceModelSchema>;
export type RoleSide = RoleBalanceModel['sides'][number];
export type Role = RoleSide['roles'][number];

/** The schema the registry loads content/models/<id>.yaml with (src/tools/models.ts). */
export const schema = roleBalanceModelSchema;
