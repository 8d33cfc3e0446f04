import { z } from 'zod';
import { idSchema, readNextSchema, uniqueIds } from '../shared/schema';

const actorSchema = z.object({
  /** Stable id, part of the answer keys ("kommunen-kostnad-1"); never reuse one for another actor. */
  id: idSchema,
  /** The actor as the reader meets it, e.g. "Kommunen". */
  name: z.string().min(2),
  /** What usually counts for this actor, in a short sentence under its name. */
  hint: z.string().min(10),
});

/** Whole amounts for each year of the example, from year 1. */
const exampleRowSchema = z.object({
  /** What the actor puts in, year by year. */
  kostnad: z.array(z.number().int().min(0)),
  /** What the actor saves or gains, year by year. */
  vinst: z.array(z.number().int().min(0)),
});

const exampleSchema = z.object({
  /** The button's text; must make clear that the figures are made up. */
  label: z.string().min(5),
  /** One or two sentences shown before loading: what the example shows and that it is invented. */
  description: z.string().min(20),
  /** How many years the example runs over (it also sets the horizon). */
  years: z.number().int().min(1),
  /** Actor id → amounts per year; actors left out have no amounts. */
  amounts: z.record(idSchema, exampleRowSchema),
});

const patternSchema = z.object({
  /** Heading over the box. */
  title: z.string().min(5),
  /** Which evaluation the pattern comes from, with place and years. */
  source: z.string().min(10),
  /** What the evaluation found, as a pattern in words – never figures of our own making. */
  points: z.array(z.string().min(10)).min(1),
  /** Why the tool shows no figures from it. */
  note: z.string().min(10),
});

/** content/models/tid-och-fordelning.yaml */
export const paybackModelSchema = z
  .object({
    /** Raised when items change meaning, so that old answer codes are recognised. */
    version: z.number().int().min(1),
    /** The unit of every amount, as written after a number, e.g. "tkr". */
    unit: z.string().min(1),
    /** The unit in words, for labels and messages, e.g. "tusental kronor". */
    unitName: z.string().min(3),
    /** The largest amount one field accepts, in the unit. */
    maxAmount: z.number().int().min(1).max(1_000_000_000),
    years: z.object({
      /** The longest horizon the group can choose. */
      max: z.number().int().min(1).max(20),
      /** How many years of fields are shown before a horizon is chosen. */
      shown: z.number().int().min(1),
      /** The horizon the manual recommends for judging collaboration (4–8 years). */
      recommended: z.object({ from: z.number().int().min(1), to: z.number().int().min(1) }),
    }),
    /** Who carries costs and gets gains, in the order of the fields. */
    actors: z.array(actorSchema).min(2),
    /** What counts as a cost, shown above the fields. */
    costHelp: z.string().min(20),
    /** What counts as a gain, shown above the fields. */
    gainHelp: z.string().min(20),
    svartePetter: z.object({
      /**
       * An actor is a loser only if its deficit at the horizon is at least this share of all
       * costs (0.1 = 10 %), so that a rounding error does not set off the warning.
       */
      minLossShare: z.number().gt(0).lt(1),
      /** Where the handbook explains why someone who expects to lose holds back. */
      readNext: readNextSchema,
    }),
    caution: z.object({
      /** The test of uncertain gains: what if only this share of them comes (0.5 = half)? */
      gainShare: z.number().gt(0).lt(1),
    }),
    /** The section on time and the investment hump. */
    readNext: readNextSchema,
    /** The section on judging the distribution rather than a total. */
    distributionReadNext: readNextSchema,
    /** A real evaluation's result as a pattern in words. */
    pattern: patternSchema,
    /** Made-up figures that a reader can load to see how the tool works. */
    example: exampleSchema,
  })
  .refine((m) => uniqueIds(m.actors), { message: 'varje aktör behöver ett eget id', path: ['actors'] })
  .refine((m) => m.years.shown <= m.years.max, {
    message: 'years.shown får inte vara större än years.max',
    path: ['years', 'shown'],
  })
  .refine((m) => m.years.recommended.from <= m.years.recommended.to && m.years.recommended.to <= m.years.max, {
    message: 'den rekommenderade horisonten ska gå från ett lägre till ett högre år, högst years.max',
    path: ['years', 'recommended'],
  })
  .refine((m) => m.example.years <= m.years.max, {
    message: 'exemplet kan inte gälla fler år än years.max',
    path: ['example', 'years'],
  })
  .refine((m) => Object.keys(m.example.amounts).every((id) => m.actors.some((a) => a.id === id)), {
    message: 'exemplet har belopp för en aktör som inte finns under actors',
    path: ['example', 'amounts'],
  })
  .refine(
    (m) => Object.values(m.example.amounts).every((row) => row.kostnad.length === m.example.years && row.vinst.length === m.example.years),
    { message: 'varje aktör i exemplet ska ha lika många kostnader och vinster som exemplet har år', path: ['example', 'amounts'] },
  )
  .refine((m) => Object.values(m.example.amounts).every((row) => [...row.kostnad, ...row.vinst].every((n) => n <= m.maxAmount)), {
    message: 'ett belopp i exemplet är större än maxAmount',
    path: ['example', 'amounts'],
  });

export type PaybackModel = z.infer<typeof paybackModelSchema>;
export type PaybackActor = PaybackModel['actors'][number];

/** The schema the registry loads content/models/<id>.yaml with (src/tools/models.ts). */
export const schema = paybackModelSchema;
