// Amounts as tools store them: a whole, non-negative number written as plain digits ("1500"), so
// that they fit the answers' format (item id → short lower-case string) and storage, export and
// answer codes need no second format. Parsing what a reader types, with a Swedish message for
// anything that is not such a number, and writing numbers the Swedish way. Pure.

/** The smallest and largest amount an item accepts (whole numbers, min ≥ 0). */
export interface AmountRange {
  min: number;
  max: number;
}

/** Digits only, no leading zeros: one way to write each number. */
const CANONICAL = /^(0|[1-9][0-9]{0,14})$/;

/** True when `text` is an amount as stored (canonical digits) within `range`. */
export function isAmount(text: string, range: AmountRange | undefined): boolean {
  if (!range || !CANONICAL.test(text)) return false;
  const n = Number(text);
  return Number.isSafeInteger(n) && n >= range.min && n <= range.max;
}

/** A stored amount as a number; undefined when it is not one. */
export function amountValue(text: string | undefined, range: AmountRange): number | undefined {
  return text !== undefined && isAmount(text, range) ? Number(text) : undefined;
}

export type ParsedAmount = { ok: true; value: string | undefined } | { ok: false; error: string };

/** Spaces people write between thousands: ordinary, no-break and narrow no-break. */
const GROUPING = /[\s\u00a0\u202f]/g;

/**
 * Reads what a reader typed into an amount field: digits, optionally grouped with spaces
 * ("1 500"). An empty field is no amount (value undefined). Anything else gives a message.
 */
export function parseAmountInput(input: string, range: AmountRange, unit: string): ParsedAmount {
  const text = input.replace(GROUPING, '');
  if (text === '') return { ok: true, value: undefined };
  if (/^[-−–]/.test(text)) {
    return { ok: false, error: 'Beloppet kan inte vara negativt. Skriv det som sparas eller kommer in under vinst i stället.' };
  }
  if (/^[0-9]+[.,][0-9]*$/.test(text)) {
    return { ok: false, error: `Skriv ett helt antal ${unit}, utan decimaler.` };
  }
  if (!/^[0-9]+$/.test(text)) {
    return { ok: false, error: `Skriv beloppet med siffror, till exempel 1 500 (${unit}).` };
  }
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n > range.max) {
    return { ok: false, error: `Beloppet är större än ${formatAmount(range.max)} ${unit}. Kontrollera att det står i ${unit}.` };
  }
  if (n < range.min) return { ok: false, error: `Beloppet måste vara minst ${formatAmount(range.min)} ${unit}.` };
  return { ok: true, value: String(n) };
}

/**
 * A number the Swedish way, rounded to a whole: "1 500", "−2 300" (no-break space between
 * thousands, a real minus sign). Written by hand so that node and every browser agree.
 */
export function formatAmount(n: number): string {
  const rounded = Math.round(n);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return rounded < 0 ? `\u2212${digits}` : digits;
}
