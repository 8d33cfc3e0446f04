// One question's answers round by round: how many chose each option in each round, as a table
// (readable by everyone and on paper) with a bar per round drawn from the same numbers.
import type { ItemDistributions } from '../../lib/group/rounds';
import { t, tf } from '../../ui/strings-group';

export function DistributionTable({ d }: { d: ItemDistributions }) {
  const { item } = d;
  const withUnanswered = d.rounds.some((r) => r.unanswered > 0);
  return (
    <table class="group-table dist">
      <caption>{tf('group.dist.caption', { item: item.label })}</caption>
      <thead>
        <tr>
          <td />
          {item.options.map((o) => (
            <th key={o.id} scope="col">
              {o.short ?? o.label}
            </th>
          ))}
          {withUnanswered && <th scope="col">{t('group.dist.unanswered')}</th>}
        </tr>
      </thead>
      <tbody>
        {d.rounds.map((r) => {
          const total = Math.max(1, r.n);
          return (
            <tr key={r.round}>
              <th scope="row">{tf('group.dist.round', { n: r.round, date: r.date })}</th>
              {r.counts.map((c, i) => (
                <td key={item.options[i]!.id}>
                  <span class="dist__count">{c}</span>
                  <span class="dist__bar" aria-hidden="true" style={{ width: `${(c / total) * 100}%` }} />
                </td>
              ))}
              {withUnanswered && <td>{r.unanswered}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
