// One question's spread in the group: a dot per person on the question's scale, the band from
// the lowest to the highest answer, the median marked – and the same in words for everyone who
// does not read the picture.
import { labelOf, normalise, type ItemStats } from '../../lib/group/tool-stats';
import { valueRange } from '../../lib/group/spec';
import type { OrgSplit } from '../../lib/group/stats';
import { markOf } from '../../lib/group/orgs';
import { t, tf } from '../../ui/strings-group';

export interface SpreadRowProps {
  stats: ItemStats;
  /** how each person is called ("Person 2" or a name) by member index */
  who: (member: number) => string;
  /** each member's organisation number, for dots marked by organisation (see OrgLegend) */
  orgOf?: ((member: number) => number | undefined) | undefined;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export const SPLIT_WORDS: Record<OrgSplit['runs'], string> = {
  between: t('group.spread.between'),
  within: t('group.spread.within'),
  both: t('group.spread.both'),
  none: t('group.spread.none'),
  unknown: '',
};

export function spreadInWords(s: ItemStats): string {
  const sp = s.spread;
  const extra = [
    s.unknown ? tf('group.spread.unknown', { n: s.unknown }) : '',
    s.unanswered ? tf('group.spread.unanswered', { n: s.unanswered }) : '',
  ]
    .filter(Boolean)
    .join(', ');
  if (!sp) return `${t('group.spread.noValue')}${extra ? ` (${extra})` : ''}.`;
  const l = (v: number) => labelOf(s.item, v).toLowerCase();
  const range =
    sp.range === 0
      ? tf('group.spread.same', { n: sp.n, value: l(sp.min) })
      : tf('group.spread.range', { n: sp.n, min: l(sp.min), max: l(sp.max), median: l(sp.median) });
  return `${range}${extra ? ` (${extra})` : ''}.`;
}

export function SpreadRow({ stats, who, orgOf }: SpreadRowProps) {
  const { item, dots, spread } = stats;
  const range = valueRange(item);
  // Dots with the same value stack upwards, so that three "ja" show as three dots.
  const seen = new Map<number, number>();
  const counts = new Map<number, number>();
  for (const d of dots) counts.set(d.value, (counts.get(d.value) ?? 0) + 1);
  const tallest = Math.max(1, ...counts.values());
  return (
    <div class="spread">
      <p class="spread__label">{item.label}</p>
      {range && (
        <div class="spread__track" aria-hidden="true" style={{ '--track-height': `${1.2 + tallest * 0.55}em` }}>
          {spread && (
            <span
              class="spread__band"
              style={{ left: pct(normalise(item, spread.min)), width: pct(normalise(item, spread.max) - normalise(item, spread.min)) }}
            />
          )}
          {spread && <span class="spread__median" style={{ left: pct(normalise(item, spread.median)) }} />}
          {dots.map((d) => {
            const stack = seen.get(d.value) ?? 0;
            seen.set(d.value, stack + 1);
            return (
              <span
                key={d.member}
                class={orgOf ? `spread__dot org-mark org-mark--${markOf(orgOf(d.member))}` : 'spread__dot'}
                title={who(d.member)}
                style={{ left: pct(normalise(item, d.value)), bottom: `${0.15 + stack * 0.55}em` }}
              />
            );
          })}
          <span class="spread__end spread__end--min">{labelOf(item, range.min)}</span>
          <span class="spread__end spread__end--max">{labelOf(item, range.max)}</span>
        </div>
      )}
      <p class="spread__words">
        {spreadInWords(stats)} {SPLIT_WORDS[stats.split.runs]}
      </p>
    </div>
  );
}
