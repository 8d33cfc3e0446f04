// What the group view needs to know about a tool's questions: their text, their section and what
// each answer option is worth on a number line (for spread and disagreement). Built on the server
// from the model (src/models/group-specs.ts) and passed to the island as plain data.

export interface GroupOption {
  id: string;
  label: string;
  /** the option's place on the item's scale; null for "vet inte" and other non-values */
  value: number | null;
  /** a short name for results ("steg 2") when the label is a whole sentence */
  short?: string;
}

export interface GroupItem {
  /** the item id, as in the tool's answers and its answer code */
  id: string;
  /** the question as the group reads it */
  label: string;
  /** the heading it belongs to (level, zone, area …) */
  section: string;
  options: GroupOption[];
  /** true when a higher value is the better state (ja > nej); false for obstacles (3 = strong obstacle) */
  higherIsBetter: boolean;
}

export interface GroupToolSpec {
  tool: string;
  name: string;
  version: number;
  /** every answered item of the tool, in the order of its answer code */
  items: GroupItem[];
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
