// Var är vi i processen?'s vocabulary: the verdict on a planned band, which the schema checks
// and the scoring uses. Zod-free, so that both import it and neither imports the other for values.

/**
 * Where a planned band lies against the recommended span. "knappt": inside the span, but only
 * just (a band marked `justOver`), so not called enough.
 */
export type Verdict = 'kortare' | 'knappt' | 'inom' | 'langre';

/**
 * A band wholly below the span is "kortare", wholly inside "inom", wholly above "langre"; a band
 * that straddles a limit has no verdict (the schema refuses such a model).
 */
export function bandVerdict(
  band: { from: number; to?: number | undefined },
  span: { from: number; to?: number | undefined },
): Exclude<Verdict, 'knappt'> | undefined {
  const bandTo = band.to ?? Infinity;
  const spanTo = span.to ?? Infinity;
  if (bandTo < span.from) return 'kortare';
  if (band.from > spanTo) return 'langre';
  if (band.from >= span.from && bandTo <= spanTo) return 'inom';
  return undefined;
}
