import { z } from 'zod';
import { idSchema, readNextSchema, uniqueIds } from '../shared/schema';

/** A line of the table: one sentence that ends with a full stop. */
const sentence = z
  .string()
  .min(20)
  .refine((s) => /[.!?]$/.test(s.trim()) && !/[.!?]\s+\p{Lu}/u.test(s.trim()), {
    message: 'beskrivningen ska vara en enda mening som slutar med punkt',
  });

const poleSchema = z.object({
  /** The manual's name of the style, e.g. "Gränsöverskridande ledarskap". */
  name: z.string().min(3),
  /** The style as a word in a sentence, lower case: "gränsöverskridande". */
  short: z.string().regex(/^\p{Ll}+$/u, 'skriv stilens korta namn som ett ord med liten bokstav'),
});

const factorSchema = z.object({
  /** Stable id, used in storage and answer codes; never reuse one for another factor. */
  id: idSchema,
  /** The manual's name of the factor, e.g. "Kommunikation". */
  name: z.string().min(3),
  /** What the factor looks like at the boundary-preserving pole (the table's left column). */
  preserving: sentence,
  /** What the factor looks like at the boundary-crossing pole (the table's right column). */
  crossing: sentence,
  /** How to move towards the crossing pole; shown when the factor leans preserving. */
  advice: z.string().min(20),
});

/** content/models/ledarstilar.yaml */
export const leadershipStylesModelSchema = z
  .object({
    /** Raised when factors change meaning, so that old answer codes are recognised. */
    version: z.number().int().min(1),
    /** The question every factor answers. */
    question: z.string().regex(/\?$/, 'frågan ska sluta med frågetecken'),
    poles: z.object({ preserving: poleSchema, crossing: poleSchema }),
    /** The five steps from the preserving pole (1) to the crossing pole (5), lower case. */
    scale: z
      .array(z.string().regex(/^\p{Ll}/u, 'skriv skalstegen med liten bokstav'))
      .length(5, 'skalan ska ha exakt fem steg, från 1 till 5'),
    thresholds: z.object({
      /** A profile whose mean is at most this is mainly boundary-preserving. */
      preservingMax: z.number().min(1).max(5),
      /** A profile whose mean is at least this is mainly boundary-crossing. */
      crossingMin: z.number().min(1).max(5),
    }),
    /** The factors of the manual's table, in its order. */
    factors: z.array(factorSchema).min(1),
    /** Shown under every profile: the styles are not grades. */
    note: z.string().min(20),
    /** Shown when every answered factor leans boundary-crossing. */
    allCrossing: z.string().min(20),
    links: z.object({
      /** The table of the two styles; always shown. */
      main: readNextSchema,
      /** The competences of boundary-crossing leadership; shown when a factor leans preserving. */
      competences: readNextSchema,
      /** Switching between the styles at home and in collaboration; shown with every profile. */
      bothWays: readNextSchema,
    }),
  })
  .refine((m) => m.thresholds.preservingMax < m.thresholds.crossingMin, {
    message: 'gränsen för gränsbevarande (preservingMax) måste vara lägre än gränsen för gränsöverskridande (crossingMin)',
    path: ['thresholds'],
  })
  .refine((m) => uniqueIds(m.factors), { message: 'varje faktor behöver ett eget id', path: ['factors'] })
  .refine((m) => m.scale[0]?.includes(m.poles.preserving.short) && m.scale[4]?.includes(m.poles.crossing.short), {
    message: 'skalans första steg ska nämna den gränsbevarande stilen och det sista den gränsöverskridande',
    path: ['scale'],
  });

export type LeadershipStylesModel = z.infer<typeof leadershipStylesModelSchema>;
export type LeadershipFactor = LeadershipStylesModel['factors'][number];

/** The schema the registry loads content/models/<id>.yaml with (src/tools/models.ts). */
export const schema = leadershipStylesModelSchema;
