/**
 * The example slot: a case's example answers, loaded into the tools for a while, kept apart from
 * the reader's own answers. Stored in localStorage under "samverkan:exempel":
 *
 *   { "v": 1, "case": "integration-genom-arbete", "title": "Integration Genom Arbete",
 *     "original": { "ambitionstrappan": { "ses-alls": "ja", … }, … },
 *     "answers":  { "ambitionstrappan": { "ses-alls": "ja", … }, … } }
 *
 * "original" is the example as the case gives it; "answers" is what the reader has made of it
 * since (edits while viewing the example stay here, never in "samverkan:<tool>"). Anything that
 * does not read as this shape – broken JSON, another version, foreign keys – counts as no example:
 * the tools then show the reader's own answers, which this slot never touches. Pure: no storage
 * access here.
 */
import { asAnswers, type AnswerRecord } from '../answers-guard';
import type { CodedTool } from '../codes/answer-code';
import { toolMeta } from '../../tools/meta';

export const EXAMPLE_VERSION = 1;
export { EXAMPLE_KEY } from './key';
const SLUG = /^[a-z0-9-]{1,80}$/;
const MAX_TITLE = 120;

export type ToolAnswers = Partial<Record<CodedTool, AnswerRecord>>;

export interface ActiveExample {
  /** the case's slug: its page is /fallstudier/<case>/ */
  case: string;
  /** the case's name, shown in the banner */
  title: string;
  original: ToolAnswers;
  answers: ToolAnswers;
}

export function encodeExample(example: ActiveExample | null): string | undefined {
  if (!example) return undefined;
  return JSON.stringify({ v: EXAMPLE_VERSION, ...example });
}

function toolAnswers(value: unknown): ToolAnswers | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const out: ToolAnswers = {};
  for (const [tool, answers] of Object.entries(value)) {
    if (!toolMeta(tool)) continue; // a tool this version does not have: leave it out
    const parsed = asAnswers(answers);
    if (!parsed) return null;
    out[tool] = parsed;
  }
  return out;
}

/** The example in `raw`, or null when there is none or it cannot be read. Never throws. */
export function decodeExample(raw: string | undefined | null): ActiveExample | null {
  if (!raw) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const r = data as Record<string, unknown>;
  if (r.v !== EXAMPLE_VERSION) return null;
  if (typeof r.case !== 'string' || !SLUG.test(r.case)) return null;
  if (typeof r.title !== 'string' || r.title.trim() === '' || r.title.length > MAX_TITLE) return null;
  const original = toolAnswers(r.original);
  const answers = toolAnswers(r.answers);
  if (!original || !answers) return null;
  return { case: r.case, title: r.title, original, answers };
}
