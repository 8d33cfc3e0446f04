// Progress over time: how the group's medians moved since the round before.
import type { Round } from '../../lib/group/model';
import type { GroupToolSpec } from '../../lib/group/spec';
import { compareRounds, labelOf } from '../../lib/group/tool-stats';

export interface RoundCompareProps {
  specs: GroupToolSpec[];
  before: Round;
  after: Round;
  beforeNo: number;
}

export function RoundCompare({ specs, before, after, beforeNo }: RoundCompareProps) {
  const changes = specs.map((spec) => ({ spec, changes: compareRounds(spec, before, after) })).filter((c) => c.changes.length > 0);
  return (
    <section class="group-compare" aria-labelledby="grupp-jamfor">
      <h3 id="grupp-jamfor">
        Jämfört med omgång {beforeNo} ({before.date})
      </h3>
      {changes.length === 0 ? (
        <p>Gruppens svar (medianen per fråga) är desamma som förra gången – eller för få för att jämföra.</p>
      ) : (
        changes.map(({ spec, changes: list }) => (
          <div key={spec.tool}>
            <h4>{spec.name}</h4>
            <ul>
              {list.slice(0, 8).map((c) => (
                <li key={c.item.id} class={c.better ? 'better' : 'worse'}>
                  {c.better ? 'Bättre' : 'Sämre'}: {c.item.label} – från {labelOf(c.item, c.before.median).toLowerCase()} till{' '}
                  {labelOf(c.item, c.after.median).toLowerCase()} (median, {c.before.n} → {c.after.n} svar)
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
