/**
 * Reading a person code into one's own answers on this device: per tool, the newer answers win.
 * A tool is taken when the device has no answers to it, or the code's answers are newer; it is a
 * conflict – asked about, showing both times, never taken without an explicit choice – when the
 * device's answers are newer or the code has no time to compare; identical answers need nothing.
 * Pure: the caller passes what the device holds.
 */
import type { Answers } from '../answers';
import type { PersonCode } from './person-code';

export interface HeldAnswers {
  answers: Answers;
  savedAt?: string | undefined;
}

export interface OwnImportPlan {
  /** tools whose answers the code replaces or fills in (newer, or nothing here) */
  take: string[];
  /** tools where this device's answers are newer (or the code has no time) */
  conflicts: { tool: string; own?: string | undefined; code?: string | undefined }[];
  /** tools where the answers are already the same */
  same: string[];
}

const sameAnswers = (a: Answers, b: Answers) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(b).every(([k, v]) => a[k] === v);

export function planOwnImport(code: PersonCode, held: (tool: string) => HeldAnswers): OwnImportPlan {
  const plan: OwnImportPlan = { take: [], conflicts: [], same: [] };
  for (const [tool, answers] of Object.entries(code.tools)) {
    const own = held(tool);
    if (sameAnswers(own.answers, answers)) plan.same.push(tool);
    else if (Object.keys(own.answers).length === 0) plan.take.push(tool);
    else if (code.time && (!own.savedAt || code.time > own.savedAt)) plan.take.push(tool);
    else plan.conflicts.push({ tool, own: own.savedAt, code: code.time });
  }
  return plan;
}
