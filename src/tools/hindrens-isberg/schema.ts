import { z } from 'zod';
import { idSchema, readNextSchema, uniqueIds } from '../shared/schema';

/** The chapter that teaches the model; every read-next link points into it. */
const CHAPTER_HREF = '/handboken/framgangsfaktorer-och-hinder/#';
const chapterLink = readNextSchema.refine((r) => r.href.startsWith(CHAPTER_HREF), {
  message: `länken ska gå till en rubrik i kapitel 10: ${CHAPTER_HREF}rubrikens-id`,
  path: ['href'],
});

const obstacleSchema = z.object({
  /** Stable id, used in storage and answer codes; never reuse one for another obstacle. */
  id: idSchema,
  /** The obstacle's short name, the chapter's term (e.g. "Sekretess"). */
  name: z.string().min(3),
  /** One sentence in our own words on what the obstacle looks like in practice. */
  explanation: z
    .string()
    .min(20)
    .refine((s) => /[.!?]$/.test(s.trim()) && !/[.!?]\s+\p{Lu}/u.test(s.trim()), {
      message: 'förklaringen ska vara en enda mening som slutar med punkt',
    }),
});

const zoneSchema = z.object({
  id: idSchema,
  /** True for the visible top: the formal obstacles (laws, secrecy, budget, principal). */
  formal: z.boolean(),
  /** Heading of the zone, e.g. "Under ytan – de verkligt svåra hindren". */
  title: z.string().min(3),
  /** Where the zone lies, lower case, to complete "hindren …": "ovanför ytan", "under ytan". */
  where: z.string().regex(/^\p{Ll}/u, 'skriv var zonen ligger med liten bokstav, t.ex. "under ytan"'),
  /** What kind of obstacles the zone holds, in a sentence or two. */
  summary: z.string().min(20),
  /** Advice shown when the zone weighs heaviest. */
  advice: z.string().min(20),
  /** Optional line shown when some obstacle of the zone is answered "vet inte". */
  unknownNote: z.string().min(20).optional(),
  /** The chapter section that describes the zone. */
  readNext: chapterLink,
  obstacles: z.array(obstacleSchema).min(1),
});

/** content/models/hindrens-isberg.yaml */
export const icebergModelSchema = z
  .object({
    /** Raised when obstacles change meaning, so that old answer codes are recognised. */
    version: z.number().int().min(1),
    /** The question every obstacle answers. */
    question: z.string().min(10),
    /** Labels of the ratings 0, 1, 2 and 3 in that order, lower case ("inte alls" … "i hög grad"). */
    scale: z
      .array(z.string().regex(/^\p{Ll}/u, 'skriv skalstegen med liten bokstav'))
      .length(4, 'skalan ska ha exakt fyra steg: 0, 1, 2 och 3'),
    thresholds: z.object({
      /** A zone whose mean rating is at least this counts as strong. */
      high: z.number().min(0).max(3),
      /** A zone whose mean rating is at most this (but above 0) counts as weak. */
      low: z.number().min(0).max(3),
      /** Obstacles rated at least this are listed among the heaviest. */
      topFrom: z.number().int().min(1).max(3),
      /** At most this many obstacles are listed among the heaviest. */
      topMax: z.number().int().min(1),
    }),
    /** The zones from the top of the iceberg down. */
    zones: z.array(zoneSchema).length(3, 'isberget ska ha tre zoner: ovanför ytan, i vattenbrynet och under ytan'),
    /** The manual's question, asked whenever formal obstacles are cited (rated topFrom or more). */
    realReason: z.object({
      question: z.string().regex(/\?$/, 'frågan ska sluta med frågetecken'),
      /** Why the question is asked, when obstacles further down are cited too. */
      explanation: z.string().min(20),
      /** Why, when no obstacle further down is cited: the sharper case. */
      nothingDeeper: z.string().min(20),
    }),
    /** The "min fru förstår mig inte" reflection (10.2.5). */
    warningSign: z.object({ title: z.string().min(3), text: z.string().min(20), readNext: chapterLink }),
    /** The chapter section on the iceberg as a whole. */
    readNext: chapterLink,
  })
  .refine((m) => m.thresholds.low < m.thresholds.high, {
    message: 'gränsen för låg (low) måste vara lägre än gränsen för hög (high)',
    path: ['thresholds'],
  })
  .refine((m) => m.zones[0]?.formal === true && m.zones.slice(1).every((z) => !z.formal), {
    message: 'den översta zonen ska vara de formella hindren (formal: true), de två andra inte',
    path: ['zones'],
  })
  .refine((m) => uniqueIds(m.zones) && uniqueIds(m.zones.flatMap((z) => z.obstacles)), {
    message: 'varje zon och varje hinder behöver ett eget id',
    path: ['zones'],
  });

export type IcebergModel = z.infer<typeof icebergModelSchema>;
export type IcebergZone = IcebergModel['zones'][number];
export type IcebergObstacle = IcebergZone['obstacles'][number];

/** The schema the registry loads content/models/<id>.yaml with (src/tools/models.ts). */
export const schema = icebergModelSchema;
