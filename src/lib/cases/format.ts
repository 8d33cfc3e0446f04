// How the cases' figures are written on the page, in Swedish: thousands set apart by a
// non-breaking space, a decimal comma, " %" and " kr" after the number. The page and the tests
// that compare it with the data files use these same functions. Pure.

/** A non-breaking space: keeps "29 090 968" and "45 %" on one line. */
export const NBSP = '\u00a0';

export function formatNumber(n: number): string {
  const [whole = '0', fraction] = Math.abs(n).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return `${n < 0 ? '−' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** A number with its unit: "procent" → "18 %", "kr" → "12 464 585 kr", others as they are. */
export function formatWithUnit(n: number, unit: string | undefined): string {
  if (unit === 'procent') return `${formatNumber(n)}${NBSP}%`;
  if (unit === undefined || unit === 'antal' || unit === 'text') return formatNumber(n);
  return `${formatNumber(n)}${NBSP}${unit}`;
}

export interface FormattedCell {
  /** what the cell shows; "" when the report has no figure */
  text: string;
  /** a note mark to show after the figure, e.g. "*" */
  mark?: string;
  /** the report gives no figure here */
  missing: boolean;
  /** the number behind the text, for charts and tests */
  value?: number;
}

export function formatCell(cell: number | string | null | { value: number; mark: string }, unit: string): FormattedCell {
  if (cell === null) return { text: '', missing: true };
  if (typeof cell === 'string') return { text: cell, missing: false };
  if (typeof cell === 'number') return { text: formatWithUnit(cell, unit), missing: false, value: cell };
  return { text: formatWithUnit(cell.value, unit), mark: cell.mark, missing: false, value: cell.value };
}

/** The number in a cell, or undefined for text and missing figures. */
export function cellValue(cell: number | string | null | { value: number; mark: string }): number | undefined {
  if (typeof cell === 'number') return cell;
  if (cell !== null && typeof cell === 'object') return cell.value;
  return undefined;
}

/** A fact of the facts box as written: a number with its unit, or the text with its unit after it. */
export function formatFact(fact: { value: string | number; unit?: string | undefined }): string {
  if (typeof fact.value === 'number') return formatWithUnit(fact.value, fact.unit);
  return fact.unit ? `${fact.value} ${fact.unit}` : fact.value;
}
