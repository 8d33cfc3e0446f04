// What "Min självskattning" needs from each tool: its result in a sentence or two, how weak it
// is (to put the weakest link first), and its answers as rows for the CSV export.
import type { CsvRow } from '../../lib/export';

export interface ToolSummary {
  /** The result in one sentence. */
  headline: string;
  /** A few more lines: what to work on first. */
  details: string[];
  /** How many of the tool's questions are answered. */
  answered: number;
  total: number;
  /** 0 = strong … 1 = weakest; undefined when too little is answered to say. */
  weakness: number | undefined;
}

export interface ToolReport {
  summary: ToolSummary;
  rows: CsvRow[];
}
