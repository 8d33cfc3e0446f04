import { z } from 'zod';
import { idSchema, readNextSchema, uniqueIds } from '../shared/schema';
import { UNKNOWN } from '../shared/scale';
import { FACTOR_KINDS, FORM_KEY } from './vocab';

const stepSchema = z.object({
  /** Stable id, used in storage as the answer to the form question. */
  id: idSchema,
  /** 1–5, from the least to the most integrated form. */
  number: z.number().int().min(1),
  /** The manual's name of the form. */
  name: z.string().min(3),
  /** The name's first part, for the figure's first line. */
  short: z.string().min(3),
  /** The figure's second line: what sets the form apart, in a few words. */
  detail: z.string().min(3),
  /** How the form works, in one or two sentences (shown with the form question). */
  summary: z.string().min(20),
  /** "Så fungerar den" in the chapter's table of the five steps. */
  how: z.string().min(20),
  /** "Passar när …", finishing that sentence, in the chapter's table. */
  fitsWhen: z.string().min(10),
});

const optionSchema = z.object({
  /** Stable id, used in storage; never "vet-inte" (every question offers that one already). */
  id: idSchema,
  /** A concrete situation the group can recognise itself in. */
  label: z.string().min(10),
  /** The step of the staircase this answer points to. */
  step: z.number().int().min(1),
});

const factorSchema = z.object({
  id: idSchema,
  /** Which of the four deciding things this question measures. */
  kind: z.enum(FACTOR_KINDS),
  /** A short name used in the result, e.g. "målgruppen och problemet". */
  topic: z.string().min(3),
  /** The question, answered by picking one option. */
  question: z.string().min(10),
  /** The options from the lightest to the heaviest: one per step of the staircase. */
  options: z.array(optionSchema).min(2, 'varje fråga behöver ett svarsalternativ per steg'),
});

const requirementSchema = z.object({
  id: idSchema,
  /** The requirement's name, e.g. "Ett tydligt uppdrag". */
  title: z.string().min(3),
  /** The question, answered ja / delvis / nej / vet inte. */
  question: z.string().min(10),
  /** What to do when it is missing ("nej" or "delvis"). */
  missing: z.string().min(20),
});

const keyQuestionSchema = z.object({
  id: idSchema,
  /** The key question's name, e.g. "Samspelet med linjen". */
  title: z.string().min(3),
  /** The question, answered ja / delvis / nej / vet inte. */
  question: z.string().min(10),
  /** What can go wrong and what to do, shown when the answer is "nej" or "delvis". */
  warning: z.string().min(20),
  /** How to find out, shown when the answer is "vet inte". */
  check: z.string().min(20),
});

/** content/models/samverkanstrappan.yaml */
export const staircaseModelSchema = z
  .object({
    /** Raised when questions change meaning, so that old answer codes are recognised. */
    version: z.number().int().min(1),
    /** The five forms of organising the concrete work, from the lowest step up. */
    steps: z.array(stepSchema).min(2),
    /** The graded questions: one of each kind. */
    factors: z.array(factorSchema),
    /** The question about the form the group has or plans. */
    form: z.object({
      question: z.string().min(10),
      /** The extra option for a group that has not decided. */
      undecided: z.object({ id: idSchema, label: z.string().min(3) }),
    }),
    /** The three key questions that come back whatever the form. */
    keyQuestions: z.array(keyQuestionSchema).min(1),
    /** The requirements common to every step (M8.1): without them no form succeeds. */
    requirements: z.array(requirementSchema).min(1),
    rule: z.object({
      /**
       * How many steps the need and what the group can carry (or ambition and resources) may
       * differ before the result says they are out of harmony.
       */
      gap: z.number().int().min(1).max(4),
      /** The rule in words, shown on the tool's page. "{avstand}" is replaced by `gap` in words. */
      explanation: z.array(z.string().min(20)).min(1),
    }),
    /** Where to read next: the main section, and the ones a result may point to. */
    readNext: z.object({
      choice: readNextSchema,
      steps: readNextSchema,
      keyQuestions: readNextSchema,
      requirements: readNextSchema,
      balance: readNextSchema,
    }),
  })
  .refine((m) => m.steps.every((s, i) => s.number === i + 1), {
    message: 'stegen ska stå i ordning och numreras 1, 2, 3 …',
    path: ['steps'],
  })
  .refine((m) => FACTOR_KINDS.every((k) => m.factors.filter((f) => f.kind === k).length === 1), {
    message: `det ska finnas precis en fråga av varje slag (kind): ${FACTOR_KINDS.join(', ')}`,
    path: ['factors'],
  })
  .refine((m) => m.factors.every((f) => f.options.every((o) => o.step <= m.steps.length)), {
    message: 'ett svarsalternativ pekar på ett steg som inte finns',
    path: ['factors'],
  })
  .refine((m) => m.factors.every((f) => f.options.every((o, i, all) => i === 0 || o.step > all[i - 1]!.step)), {
    message: 'svarsalternativen ska stå från lättast till tyngst: varje alternativ pekar på ett högre steg än det förra',
    path: ['factors'],
  })
  .refine((m) => m.factors.every((f) => f.options.length === m.steps.length && f.options.every((o, i) => o.step === i + 1)), {
    message: 'varje fråga ska ha ett svarsalternativ per steg, från steg 1 till det översta, så att alla frågor kan peka på alla steg',
    path: ['factors'],
  })
  .refine((m) => m.factors.every((f) => uniqueIds(f.options) && f.options.every((o) => o.id !== UNKNOWN)), {
    message: `svarsalternativen i en fråga behöver egna id, och "${UNKNOWN}" finns redan i varje fråga`,
    path: ['factors'],
  })
  .refine(
    (m) => {
      const ids = [...m.factors.map((f) => f.id), ...m.keyQuestions.map((q) => q.id), ...m.requirements.map((q) => q.id), FORM_KEY];
      return new Set(ids).size === ids.length;
    },
    { message: `varje fråga behöver ett eget id (och "${FORM_KEY}" är upptaget av frågan om er form)`, path: ['factors'] },
  )
  .refine((m) => uniqueIds([...m.steps, m.form.undecided]), {
    message: 'varje steg, och alternativet för "inget beslutat", behöver ett eget id',
    path: ['steps'],
  });

export type StaircaseModel = z.infer<typeof staircaseModelSchema>;
export type StaircaseStep = StaircaseModel['steps'][number];
export type StaircaseFactor = StaircaseModel['factors'][number];
export type FactorOption = StaircaseFactor['options'][number];
export type KeyQuestion = StaircaseModel['keyQuestions'][number];
export type Requirement = StaircaseModel['requirements'][number];

/** The schema the registry loads content/models/<id>.yaml with (src/tools/models.ts). */
export const schema = staircaseModelSchema;
