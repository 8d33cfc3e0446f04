// Swedish alphabetical order: å, ä, ö come after z (Intl knows this for "sv").
const collator = new Intl.Collator('sv', { sensitivity: 'base' });

export function sortSwedish<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => collator.compare(key(a), key(b)));
}
