// Small helpers for writing Swedish, used by every tool's words: one copy of each.

// Swedish alphabetical order: å, ä, ö come after z (Intl knows this for "sv"). Made on first use:
// making an Intl object loads the language's data, a tenth of a second on a slow phone.
let collator: Intl.Collator | undefined;

export function sortSwedish<T>(items: readonly T[], key: (item: T) => string): T[] {
  collator ??= new Intl.Collator('sv', { sensitivity: 'base' });
  return [...items].sort((a, b) => collator!.compare(key(a), key(b)));
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

/**
 * A number with at most one decimal, Swedish style ("1,5", "−0,3", "1 234"): the same text as
 * Intl.NumberFormat('sv', { maximumFractionDigits: 1 }) (tests/unit/swedish.test.ts), written out
 * because the tools' words need it on every page that scores, and Intl's Swedish data is slow to load.
 */
export function formatDecimal(n: number): string {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) return new Intl.NumberFormat('sv', { maximumFractionDigits: 1 }).format(n);
  const negative = n < 0 || Object.is(n, -0);
  // Intl rounds the number's shortest decimal form ("0.15", not the binary value just below it),
  // half away from zero. Below 1e-6 that form is exponential, and the number rounds to 0 anyway.
  const [whole = '0', decimals = ''] = Math.abs(n) < 1e-6 ? [] : Math.abs(n).toString().split('.');
  let tenth = Number(decimals[0] ?? '0') + (Number(decimals[1] ?? '0') >= 5 ? 1 : 0);
  let int = BigInt(whole);
  if (tenth === 10) [int, tenth] = [int + 1n, 0];
  const grouped = int.toString().replace(/\B(?=(\d{3})+$)/g, '\u00a0');
  return `${negative ? '\u2212' : ''}${grouped}${tenth === 0 ? '' : `,${tenth}`}`;
}
