import { z } from 'zod';
import { idSchema, readNextSchema, uniqueIds } from '../shared/schema';
import { UNKNOWN } from '../shared/scale';
import { DIRECTIONS, MEASURE_KINDS } from './vocab';

const levelSchema = z.object({
  /** Stable id, used in storage and answer codes as the level question's id. */
  id: idSchema,
  /** 1–3, from the concrete work up to changed systems. */
  number: z.number().int().min(1),
  /** The level's name as the handbook gives it. */
  name: z.string().min(3),
  /** The level in a few words, in lower case, to fit inside a sentence of the result. */
  short: z.string().min(3),
  /** The question: is this level a goal of the collaboration? */
  question: z.string().min(10),
  /** What success on this level looks like, in one or two sentences (shown under the question). */
  summary: z.string().min(20),
  /** The pitfall (an id under `pitfalls`) that shows whether this level is followed up at all. */
  followUp: idSchema.optional(),
});

const agreementQuestionSchema = z.object({
  /** Stable id, used in storage and answer codes. */
  id: idSchema,
  /** The question, put so that "ja" is the good answer. */
  question: z.string().min(10),
  /** What the result says when the answer is "nej" or "delvis". */
  warning: z.string().min(20),
});

const measureSchema = z.object({
  id: idSchema,
  /** "mjuk": a social value; "hard": an economic one (lower costs or higher revenues). */
  kind: z.enum(MEASURE_KINDS),
  /** Does the group follow this value up? Answered ja / delvis / nej / vet inte. */
  question: z.string().min(10),
});

const pitfallSchema = z.object({
  id: idSchema,
  /** The pitfall's number in the handbook's list (1–5). */
  number: z.number().int().min(1),
  /** The pitfall's name, e.g. "Prestationer i stället för resultat". */
  name: z.string().min(3),
  /** The question, put so that "ja" means the pitfall is avoided. Leave out when `fromMeasures`. */
  question: z.string().min(10).optional(),
  /** True for the pitfall judged from the answers on soft and hard measures (one dimension only). */
  fromMeasures: z.boolean().optional(),
  /** What the pitfall costs and what to do, shown when the group is in it or partly in it. */
  warning: z.string().min(20),
});

const evaluationOptionSchema = z.object({
  /** Stable id, used in storage; never "vet-inte" (every question offers that one already). */
  id: idSchema,
  /** "bra", "mitten" or "daligt": how the answer weighs in the result. */
  direction: z.enum(DIRECTIONS),
  /** The option as the group reads it. */
  label: z.string().min(3),
  /** What the result says about this answer. */
  says: z.string().min(20),
});

const evaluationSchema = z.object({
  id: idSchema,
  /** The question's short name, e.g. "Minskar eller ökar hjälplösheten?". */
  title: z.string().min(5),
  /** What the question is about, in lower case, to fit inside a sentence: "hjälplösheten". */
  topic: z.string().min(3),
  /** The question in full. */
  question: z.string().min(10),
  /** Three options: the good one, the middle one and the bad one, in that order. */
  options: z.array(evaluationOptionSchema).length(3, 'varje värderingsfråga ska ha precis tre svarsalternativ'),
});

/** content/models/framgang.yaml */
export const successModelSchema = z
  .object({
    /** Raised when questions change meaning, so that old answer codes are recognised. */
    version: z.number().int().min(1),
    /** The three levels of success, from the concrete work up. */
    levels: z.array(levelSchema).min(2),
    /** The words of the level questions' answers ("vet inte" is added by the tool). */
    aimOptions: z.object({ huvudmal: z.string().min(3), 'andra-hand': z.string().min(3), nej: z.string().min(3) }),
    /** Does a step in the right direction count as success? (level 1) */
    stepMovement: agreementQuestionSchema,
    /** The soft and hard values the group may follow up. */
    measures: z.array(measureSchema).min(2),
    /** Are soft and hard values kept apart rather than weighed into one measure? */
    separate: agreementQuestionSchema,
    /** The pitfalls of the success concept, in the handbook's order. */
    pitfalls: z.array(pitfallSchema).min(1),
    /** The three questions to value the work with. */
    evaluation: z.array(evaluationSchema).min(1),
    /** Where to read next: the main section, and the ones a result may point to. */
    readNext: z.object({
      levels: readNextSchema,
      pitfalls: readNextSchema,
      measures: readNextSchema,
      evaluation: readNextSchema,
    }),
  })
  .refine((m) => m.levels.every((l, i) => l.number === i + 1), {
    message: 'nivåerna ska stå i ordning och numreras 1, 2, 3 …',
    path: ['levels'],
  })
  .refine((m) => m.pitfalls.every((p, i) => p.number === i + 1), {
    message: 'fallgroparna ska stå i ordning och numreras 1, 2, 3 …',
    path: ['pitfalls'],
  })
  .refine((m) => MEASURE_KINDS.every((k) => m.measures.some((x) => x.kind === k)), {
    message: 'det behövs minst ett mjukt (kind: mjuk) och ett hårt (kind: hard) mått',
    path: ['measures'],
  })
  .refine((m) => m.pitfalls.every((p) => (p.fromMeasures === true) !== (p.question !== undefined)), {
    message: 'varje fallgrop behöver antingen en fråga (question) eller fromMeasures: true – inte båda, inte ingen',
    path: ['pitfalls'],
  })
  .refine((m) => m.pitfalls.filter((p) => p.fromMeasures).length <= 1, {
    message: 'högst en fallgrop kan bedömas utifrån måtten (fromMeasures)',
    path: ['pitfalls'],
  })
  .refine(
    (m) => m.levels.every((l) => l.followUp === undefined || m.pitfalls.some((p) => p.id === l.followUp && p.question !== undefined)),
    {
      message: 'en nivås followUp ska vara id:t på en fallgrop som har en egen fråga',
      path: ['levels'],
    },
  )
  .refine((m) => m.evaluation.every((q) => q.options.every((o, i) => o.direction === DIRECTIONS[i])), {
    message: `svarsalternativen i en värderingsfråga ska stå i ordningen ${DIRECTIONS.join(', ')} (direction)`,
    path: ['evaluation'],
  })
  .refine((m) => m.evaluation.every((q) => uniqueIds(q.options) && q.options.every((o) => o.id !== UNKNOWN)), {
    message: `svarsalternativen i en värderingsfråga behöver egna id, och "${UNKNOWN}" finns redan i varje fråga`,
    path: ['evaluation'],
  })
  .refine((m) => uniqueIds([...m.levels, m.stepMovement, ...m.measures, m.separate, ...m.pitfalls, ...m.evaluation]), {
    message: 'varje nivå, fråga, fallgrop och värderingsfråga behöver ett eget id',
    path: ['levels'],
  });

export type SuccessModel = z.infer<typeof successModelSchema>;
export type SuccessLevel = SuccessModel['levels'][number];
export type SuccessMeasure = SuccessModel['measures'][number];
export type SuccessPitfall = SuccessModel['pitfalls'][number];
export type EvaluationQuestion = SuccessModel['evaluation'][number];
export type EvaluationOption = EvaluationQuestion['options'][number];

/** The schema the registry loads content/models/<id>.yaml with (src/tools/models.ts). */
export const schema = successModelSchema;
