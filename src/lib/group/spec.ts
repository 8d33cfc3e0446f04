// What the group view needs to know about a tool's questions: their text, their section and what
// each answer option is worth on a number line (for spread and disagreement). Built on the server
// from each tool's questions (src/tools/derived.ts) and passed to the island as plain data.
import type { AmountRange } from '../amounts';
import type { ToolItem, ToolOption } from '../items';

/** The group view reads each tool's one question list (src/lib/items.ts). */
export type GroupOption = ToolOption;
export type GroupItem = ToolItem;

export interface GroupToolSpec {
  tool: string;
  name: string;
  version: number;
  /** every answered item of the tool, in the order of its answer code */
  items: GroupItem[];
  /**
   * Amount items (Tid och fördelning), as in the answer code: read in and kept with each member,
   * but not shown as a spread – an amount has no scale of options to place a dot on.
   */
  amounts?: [string, AmountRange][] | undefined;
  /** earlier versions' items, so that their answer codes still read (src/lib/items.ts) */
  legacy?: Record<number, [string, string[]][]> | undefined;
}

/** The lowest and highest value an item's options can take; undefined when none has a value. */
export function valueRange(item: GroupItem): { min: number; max: number } | undefined {
  const values = item.options.flatMap((o) => (o.value === null ? [] : [o.value]));
  return values.length ? { min: Math.min(...values), max: Math.max(...values) } : undefined;
}

/** The value a person's answer gives an item; undefined when unanswered or "vet inte". */
export function valueOf(item: GroupItem, option: string | undefined): number | undefined {
  const v = item.options.find((o) => o.id === option)?.value;
  return v === null ? undefined : v;
}
