// Progress over time: per question, each round's whole distribution side by side (the questions
// that moved most first), and below it how the medians moved since the round before.
import type { Group, Round } from '../../lib/group/model';
import { distributions, comparable } from '../../lib/group/rounds';
import type { GroupToolSpec } from '../../lib/group/spec';
import { compareRounds, labelOf } from '../../lib/group/tool-stats';
import { DistributionTable } from './Distributions';
import { t, tf } from '../../ui/strings-group';

export interface RoundCompareProps {
  specs: GroupToolSpec[];
  group: Group;
  /** the rounds compared are the first `upTo` (the one on screen and those before it) */
  upTo: number;
  before: Round;
  after: Round;
  beforeNo: number;
}

/** How many questions per tool show their distributions before the fold. */
const SHOWN = 3;

export function RoundCompare({ specs, group, upTo, before, after, beforeNo }: RoundCompareProps) {
  const changes = specs.map((spec) => ({ spec, changes: compareRounds(spec, before, after) })).filter((c) => c.changes.length > 0);
  const spread = specs.filter((spec) => comparable(spec, group, upTo)).map((spec) => ({ spec, items: distributions(spec, group, upTo) }));
  return (
    <section class="group-compare" aria-labelledby="grupp-jamfor">
      <h3 id="grupp-jamfor">{tf('group.compare.title', { n: beforeNo, date: before.date })}</h3>
      {spread.length > 0 && <h4>{t('group.dist.title')}</h4>}
      {spread.map(({ spec, items }) => (
        <div key={spec.tool} class="group-compare__tool" data-tool={spec.tool}>
          <h5>{spec.name}</h5>
          {items.slice(0, SHOWN).map((d) => (
            <DistributionTable key={d.item.id} d={d} />
          ))}
          {items.length > SHOWN && (
            <details>
              <summary>{tf('group.dist.more', { tool: spec.name })}</summary>
              {items.slice(SHOWN).map((d) => (
                <DistributionTable key={d.item.id} d={d} />
              ))}
            </details>
          )}
        </div>
      ))}
      <h4>{t('group.dist.medians')}</h4>
      {changes.length === 0 ? (
        <p>{t('group.compare.none')}</p>
      ) : (
        changes.map(({ spec, changes: list }) => (
          <div key={spec.tool}>
            <h5>{spec.name}</h5>
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
