import { z } from 'zod';
import { idSchema, readNextSchema, uniqueIds } from '../shared/schema';
import { UNKNOWN } from '../shared/scale';
import { bandVerdict } from './vocab';

const phaseSchema = z.object({
  /** Stable id, used in storage as the answer to the track's phase question. */
  id: idSchema,
  /** 1, 2, 3 … in the order the phases come. */
  number: z.number().int().min(1),
  /** The phase's name as the handbook gives it. */
  name: z.string().min(3),
  /** What the phase is about, in one or two sentences (under the option and in the result). */
  focus: z.string().min(20),
  /** What is easily missed in this phase, shown when the group is in it. */
  watch: z.string().min(20),
});

const trackSchema = z.object({
  /** The id of the phase question, used in storage and answer codes. */
  id: idSchema,
  /** The phase question as the group reads it. */
  question: z.string().min(10),
  /** The option for a track that has not started. */
  notStarted: z.object({ id: idSchema, label: z.string().min(3) }),
  /** The phases in order. */
  phases: z.array(phaseSchema).min(2),
});

const questionSchema = z.object({
  /** Stable id, used in storage and answer codes. */
  id: idSchema,
  /** The question, answered ja / delvis / nej / vet inte. */
  question: z.string().min(10),
});

/** A span of whole months: from `from` up to and including `to`; no `to` means "and longer". */
const spanSchema = z
  .object({
    /** First month of the span (0 or more). */
    from: z.number().int().min(0),
    /** Last month of the span; leave out for an open end. */
    to: z.number().int().min(0).optional(),
  })
  .refine((s) => s.to === undefined || s.to >= s.from, { message: 'to får inte vara mindre än from' });

const bandSchema = z.object({
  /** Stable id, used in storage as the answer; never "vet-inte". */
  id: idSchema,
  /** The band as the group reads it, e.g. "Två till sex månader". */
  label: z.string().min(3),
  /** First month of the band. */
  from: z.number().int().min(0),
  /** Last month of the band; leave out for the last, open band. */
  to: z.number().int().min(0).optional(),
  /**
   * Inside the recommended span, but only just: the handbook asks for considerably more than the
   * span's floor and names no figure, so the result does not call this band enough (see `justOver`
   * of the check).
   */
  justOver: z.boolean().optional(),
});

const timeCheckSchema = z.object({
  /** Stable id of the question, used in storage and answer codes. */
  id: idSchema,
  /** What is planned, in lower case to fit in a sentence: "att forma ledningsgruppen". */
  topic: z.string().min(3),
  /** The question, answered with one of the bands. */
  question: z.string().min(10),
  /** The section of the manual the recommended span comes from, e.g. "7.5.2". */
  section: z.string().regex(/^\d+(\.\d+)*$/, 'skriv avsnittet som till exempel 7.5.2'),
  /** The span the handbook's experience gives, in months. */
  recommended: spanSchema,
  /** The span in words, when the months alone would say more than the handbook does. */
  expected: z.string().min(10).optional(),
  /**
   * True when the duration covers the leadership group's first phases: a plan shorter than
   * experience then means they were squeezed or skipped, and the tracks are not called in step.
   */
  firstPhases: z.boolean().optional(),
  /** The answers, from the shortest up; contiguous, starting at month 0, only the last open. */
  bands: z.array(bandSchema).min(2),
  /** What the result says when the plan is shorter than recommended. */
  shorter: z.string().min(20),
  /** What the result says when the plan lies within the recommended span. */
  within: z.string().min(10),
  /** What the result says when the plan is longer than recommended (if a band can be). */
  longer: z.string().min(20).optional(),
  /** What the result says for a band marked `justOver`. */
  justOver: z.string().min(20).optional(),
  /** True when the check holds only for a vulnerable target group (see `targetGroup`). */
  vulnerableOnly: z.boolean().optional(),
  /** What the result says instead of `shorter` when the target group is not vulnerable. */
  notVulnerable: z.string().min(20).optional(),
  /** The handbook section behind the check. */
  readNext: readNextSchema,
});

/** content/models/processen.yaml */
export const processModelSchema = z
  .object({
    /** Raised when questions change meaning, so that old answer codes are recognised. */
    version: z.number().int().min(1),
    /** The leadership group's phases (manual 7.5.2). */
    leadership: trackSchema,
    /** The project's life phases (manual 8.2). */
    project: trackSchema,
    /** Is the target group vulnerable? Decides whether a `vulnerableOnly` check applies. */
    targetGroup: questionSchema,
    /** Is the hand-over to the ordinary organisations being planned? */
    handover: questionSchema,
    rules: z.object({
      /** The leadership phase in which the concrete work should start. */
      workStartsIn: z.number().int().min(1),
      /** The leadership phase of evaluating and learning. */
      learnIn: z.number().int().min(1),
      /** The project phase by which the hand-over should be planned at the latest. */
      handoverFrom: z.number().int().min(1),
    }),
    /** The durations of the time plan, each checked against the handbook's experience. */
    timePlan: z.array(timeCheckSchema).min(1),
    /** Where to read next about the two tracks and the hand-over. */
    readNext: z.object({ leadership: readNextSchema, project: readNextSchema, handover: readNextSchema }),
  })
  .refine((m) => [m.leadership, m.project].every((t) => t.phases.every((p, i) => p.number === i + 1)), {
    message: 'faserna ska stå i ordning och numreras 1, 2, 3 …',
    path: ['leadership'],
  })
  .refine(
    (m) => [m.leadership, m.project].every((t) => uniqueIds([...t.phases, t.notStarted]) && t.phases.every((p) => p.id !== UNKNOWN)),
    {
      message: `varje fas, och alternativet för "inte startat", behöver ett eget id (och "${UNKNOWN}" finns redan)`,
      path: ['leadership'],
    },
  )
  .refine(
    (m) =>
      m.rules.workStartsIn <= m.leadership.phases.length &&
      m.rules.learnIn <= m.leadership.phases.length &&
      m.rules.handoverFrom <= m.project.phases.length,
    {
      message: 'en regel pekar på en fas som inte finns',
      path: ['rules'],
    },
  )
  .refine(
    (m) =>
      m.timePlan.every((c) => c.bands[0]?.from === 0 && c.bands.every((b, i, all) => i === 0 || b.from === (all[i - 1]!.to ?? NaN) + 1)),
    {
      message: 'tidsbanden ska börja på månad 0 och följa på varandra utan glapp eller överlapp (from = förra bandets to + 1)',
      path: ['timePlan'],
    },
  )
  .refine((m) => m.timePlan.every((c) => c.bands.every((b, i, all) => (b.to === undefined) === (i === all.length - 1))), {
    message: 'bara det sista tidsbandet får sakna to (öppet slut), och det måste göra det',
    path: ['timePlan'],
  })
  .refine((m) => m.timePlan.every((c) => c.bands.every((b) => bandVerdict(b, c.recommended) !== undefined)), {
    message: 'ett tidsband går över gränsen för det rekommenderade spannet; dela det så att varje band ligger helt under, inom eller över',
    path: ['timePlan'],
  })
  .refine((m) => m.timePlan.every((c) => uniqueIds(c.bands) && c.bands.every((b) => b.id !== UNKNOWN)), {
    message: `tidsbanden i en fråga behöver egna id, och "${UNKNOWN}" finns redan i varje fråga`,
    path: ['timePlan'],
  })
  .refine((m) => m.timePlan.every((c) => !c.vulnerableOnly || c.notVulnerable !== undefined), {
    message: 'en fråga med vulnerableOnly behöver också notVulnerable (vad som gäller för en målgrupp som inte är sårbar)',
    path: ['timePlan'],
  })
  .refine((m) => m.timePlan.every((c) => c.longer !== undefined || c.bands.every((b) => bandVerdict(b, c.recommended) !== 'langre')), {
    message: 'ett tidsband ligger över det rekommenderade spannet, så frågan behöver en text i longer',
    path: ['timePlan'],
  })
  .refine(
    (m) =>
      m.timePlan.every((c) => c.bands.every((b) => !b.justOver || (bandVerdict(b, c.recommended) === 'inom' && c.justOver !== undefined))),
    {
      message: 'ett band med justOver ska ligga inom det rekommenderade spannet, och frågan behöver en text i justOver',
      path: ['timePlan'],
    },
  )
  .refine((m) => uniqueIds([m.leadership, m.project, m.targetGroup, m.handover, ...m.timePlan]), {
    message: 'varje fråga behöver ett eget id',
    path: ['timePlan'],
  });

export type ProcessModel = z.infer<typeof processModelSchema>;
export type PhaseTrack = ProcessModel['leadership'];
export type Phase = PhaseTrack['phases'][number];
export type TimeCheck = ProcessModel['timePlan'][number];
export type TimeBand = TimeCheck['bands'][number];
export type Span = TimeCheck['recommended'];

/** The schema the registry loads content/models/<id>.yaml with (src/tools/models.ts). */
export const schema = processModelSchema;
