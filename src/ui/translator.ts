// How a part of the UI dictionary is read (see ./strings.ts): t for fixed text, tf for text with
// values, typed by the dictionary's own strings. A module of its own so that a part that does not
// include the tools' words (./strings-my-assessment.ts) can be read without loading them.
/** The names of the {placeholders} in a string type, e.g. 'n' | 'total'. */
type Placeholders<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

type Dictionary = Readonly<Record<string, string>>;
/** Keys whose text has no placeholders (read with t). */
export type PlainKey<D extends Dictionary> = { [K in keyof D]: [Placeholders<D[K]>] extends [never] ? K : never }[keyof D];
/** Keys whose text has placeholders (read with tf). */
export type ValueKey<D extends Dictionary> = Exclude<keyof D, PlainKey<D>>;
/** The values a key's text needs, one per placeholder. */
export type ValuesOf<D extends Dictionary, K extends keyof D> = Record<Placeholders<D[K]>, string | number>;

/** t and tf for one part of the dictionary. */
export function translator<D extends Dictionary>(dictionary: D) {
  return {
    t: (key: PlainKey<D>): string => dictionary[key] as string,
    /** A string with values: tf('group.tool.count', { n: 2, total: 3 }) → '2 av 3 har svarat.' */
    tf: <K extends ValueKey<D>>(key: K, values: ValuesOf<D, K>): string => {
      const given: Record<string, string | number> = values;
      return (dictionary[key] as string).replace(/\{(\w+)\}/g, (all, name: string) => String(given[name] ?? all));
    },
  };
}
