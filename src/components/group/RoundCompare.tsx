// Progress over time: how the group's medians moved since the round before.
import type { Round } from '../../lib/group/model';
import type { GroupToolSpec } from '../../lib/group/spec';
import { compareRounds, labelOf } from '../../lib/group/tool-stats';
import { t, tf } from '../../ui/strings-group';

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
      <h3 id="grupp-jamfor">{tf('group.compare.title', { n: beforeNo, date: before.date })}</h3>
      {changes.length === 0 ? (
        <p>{t('group.compare.none')}</p>
      ) : (
        changes.map(({ spec, changes: list }) => (
          <div key={spec.tool}>
            <h4>{spec.name}</h4>
            <ul>
              {list.slice(0, 8).map((c) => (
                <li key={c.item.id} class={c.better ? 'better' : 'worse'}>
                  {tf('group.compare.change', {
                    direction: c.better ? t('group.compare.better') : t('group.compare.worse'),
                    item: c.item.label,
                    before: labelOf(c.item, c.before.median).toLowerCase(),
                    after: labelOf(c.item, c.after.median).toLowerCase(),
                    nBefore: c.before.n,
                    nAfter: c.after.n,
                  })}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
