// The one interface every tool implements. A tool is a folder, src/tools/<id>/, whose index.ts
// exports `defineTool({...})`; the registry (./index.ts) lists the folders, and every list the
// site needs – ids, answer codes, stores, answer spaces, group specs, CSV rows, Min
// självskattning, the case examples, the tool pages and chapter embeds – is derived from it.
// Client-safe: no zod, no Preact.
import { fitAnswers, type Answers } from '../lib/answers';
import type { Finding, FindingRule } from '../lib/findings';
import { spaceOf, type Questions } from '../lib/items';
import type { ToolMeta } from './meta';

/** What Min självskattning and the group view show of one tool's result. */
export interface ToolSummary {
  /** The result in one sentence (the tool's own headline). */
  headline: string;
  /** A few more lines: what to work on first. */
  details: string[];
  /** How many of the tool's questions are answered. */
  answered: number;
  total: number;
}

export interface ToolReport {
  summary: ToolSummary;
  /** What the answers show, on the shared severity scale (src/lib/findings.ts); unranked. */
  findings: Finding[];
}

export interface ToolDefinition<M extends { version: number }> extends ToolMeta {
  /** The one question list, in answer-code order. */
  questions(model: M): Questions;
  /** The result in a sentence or two, and the findings, for answers that fit the questions. */
  report(model: M, answers: Answers): ToolReport;
  /** Every finding rule the report can emit: the rows of the README's table of findings. */
  rules: readonly FindingRule[];
  /**
   * The item lists of earlier model versions (answer-code order, option ids), frozen when the
   * questions changed, so that codes made before still read. See README, "Changing a tool's questions".
   */
  legacyCodes?: Record<number, [string, string[]][]>;
}

/** Types a tool's definition; the model type comes from its schema. */
export function defineTool<M extends { version: number }>(tool: ToolDefinition<M>): ToolDefinition<M> {
  return tool;
}

/** A tool's report for any answers: only those that fit its questions are read. */
export function reportOf<M extends { version: number }>(tool: ToolDefinition<M>, model: M, answers: Answers): ToolReport {
  return tool.report(model, fitAnswers(answers, spaceOf(tool.questions(model))).answers);
}
