// Small helpers for writing Swedish, used by every tool's words: one copy of each.

// Swedish alphabetical order: å, ä, ö come after z (Intl knows this for "sv").
const collator = new Intl.Collator('sv', { sensitivity: 'base' });

export function sortSwedish<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => collator.compare(key(a), key(b)));
}

/** "a", "a och b", "a, b och c". */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

const NUMBER_WORDS = ['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];

/**
 * A small number in words; larger ones as digits. Swedish has two genders for "one":
 * "en fråga" but "ett område", so the caller names the gender of what is counted.
 */
export function numberWord(n: number, gender: 'en' | 'ett' = 'en'): string {
  if (n === 1) return gender;
  return NUMBER_WORDS[n] ?? String(n);
}

/** The first letter in upper case. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const decimal = new Intl.NumberFormat('sv', { maximumFractionDigits: 1 });

/** A number with at most one decimal, Swedish style ("1,5"). */
export function formatDecimal(n: number): string {
  return decimal.format(n);
}
