// Var är vi i processen?: where the leadership group and the project stand in their phases, whether
// the two tracks fit together, and how the time plan compares with the handbook's experience.
// The rules are stated in content/models/processen.yaml; this is them in code.
import type { Agreement, Answers } from '../shared/scale';
import { AGREEMENT } from '../shared/scale';
import type { Phase, PhaseTrack, ProcessModel, Span, TimeBand, TimeCheck } from './schema';
import { spaceOf } from '../../lib/items';
import { questions } from './items';

/** The option every question also offers: an answer, but one that counts neither way. */
import { UNKNOWN } from '../shared/scale';

export { UNKNOWN };

import { bandVerdict, type Verdict } from './vocab';

export { bandVerdict, type Verdict };

export interface PhaseStatus {
  /** the phase the group is in; undefined when not started, unknown or unanswered */
  phase: Phase | undefined;
  /** 0 when not started, the phase's number, or undefined when unknown or unanswered */
  number: number | undefined;
  notStarted: boolean;
  unknown: boolean;
}

/** Does a check that holds only for a vulnerable target group apply? "kanske" when not known. */
export type Applies = 'ja' | 'kanske' | 'nej';

export interface TimeStatus {
  check: TimeCheck;
  /** the chosen band; undefined when unanswered or "vet inte" */
  band: TimeBand | undefined;
  unknown: boolean;
  verdict: Verdict | undefined;
  applies: Applies;
}

export type Mismatch =
  /** the concrete work has started while the leadership group has not reached the phase for it */
  | 'projekt-fore-ledning'
  /** the project has reached revision while the leadership group is not yet evaluating and learning */
  | 'ledning-efter-projektet'
  /** the leadership group is evaluating, but there is no concrete work yet to learn from */
  | 'utvardering-utan-arbete';

export interface ProcessResult {
  answered: number;
  total: number;
  leadership: PhaseStatus;
  project: PhaseStatus;
  targetGroup: Agreement | undefined;
  handover: Agreement | undefined;
  /** the project has reached the phase by which the hand-over should be planned */
  handoverDue: boolean;
  time: TimeStatus[];
  /** the checks whose plan is shorter than recommended, where the check applies or may apply */
  tooShort: TimeStatus[];
  /** the checks whose plan only just passes the floor, where the check applies or may apply */
  justOver: TimeStatus[];
  /** the plan gives the leadership group's first phases less time than experience says */
  firstPhasesShort: boolean;
  mismatches: Mismatch[];
}

function phaseStatus(track: PhaseTrack, answer: string | undefined): PhaseStatus {
  const phase = track.phases.find((p) => p.id === answer);
  const notStarted = answer === track.notStarted.id;
  return { phase, number: phase?.number ?? (notStarted ? 0 : undefined), notStarted, unknown: answer === UNKNOWN };
}

function agreement(answers: Answers, id: string): Agreement | undefined {
  const a = answers[id];
  return (AGREEMENT as readonly string[]).includes(a ?? '') ? (a as Agreement) : undefined;
}

function applies(check: TimeCheck, targetGroup: Agreement | undefined): Applies {
  if (!check.vulnerableOnly) return 'ja';
  if (targetGroup === 'ja' || targetGroup === 'delvis') return 'ja';
  return targetGroup === 'nej' ? 'nej' : 'kanske';
}

function mismatches(model: ProcessModel, leadership: PhaseStatus, project: PhaseStatus): Mismatch[] {
  const out: Mismatch[] = [];
  const l = leadership.number;
  const p = project.number;
  if (l === undefined || p === undefined) return out;
  if (p >= 1 && l < model.rules.workStartsIn) out.push('projekt-fore-ledning');
  if (p >= model.rules.handoverFrom && l < model.rules.learnIn) out.push('ledning-efter-projektet');
  if (l >= model.rules.learnIn && p === 0) out.push('utvardering-utan-arbete');
  return out;
}

export function scoreProcess(model: ProcessModel, answers: Answers): ProcessResult {
  const space = spaceOf(questions(model));
  const answered = [...space.options].filter(([id, options]) => options.includes(answers[id] ?? '')).length;
  const leadership = phaseStatus(model.leadership, answers[model.leadership.id]);
  const project = phaseStatus(model.project, answers[model.project.id]);
  const targetGroup = agreement(answers, model.targetGroup.id);
  const time: TimeStatus[] = model.timePlan.map((check) => {
    const band = check.bands.find((b) => b.id === answers[check.id]);
    const verdict = band && bandVerdict(band, check.recommended);
    return {
      check,
      band,
      unknown: answers[check.id] === UNKNOWN,
      verdict: band?.justOver && verdict === 'inom' ? 'knappt' : verdict,
      applies: applies(check, targetGroup),
    };
  });
  const applying = (v: Verdict) => time.filter((t) => t.verdict === v && t.applies !== 'nej');
  return {
    answered,
    total: space.options.size,
    leadership,
    project,
    targetGroup,
    handover: agreement(answers, model.handover.id),
    handoverDue: (project.number ?? 0) >= model.rules.handoverFrom,
    time,
    tooShort: applying('kortare'),
    justOver: applying('knappt'),
    firstPhasesShort: time.some((t) => t.check.firstPhases && t.verdict === 'kortare'),
    mismatches: mismatches(model, leadership, project),
  };
}

/** A span of months in words: {2, 6} → "2–6 månader", {48, 96} → "4–8 år", {19} → "mer än 18 månader", {48} → "minst 4 år". */
export function spanText(span: Span): string {
  const years = span.from % 12 === 0 && (span.to === undefined ? span.from > 0 : span.to % 12 === 0);
  const unit = (n: number) => (years ? n / 12 : n);
  const word = years ? 'år' : 'månader';
  if (span.to === undefined) return years ? `minst ${unit(span.from)} år` : `mer än ${span.from - 1} månader`;
  return `${unit(span.from)}–${unit(span.to)} ${word}`;
}
