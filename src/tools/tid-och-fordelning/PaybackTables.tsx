// The charts' figures as tables: all actors together year by year, and each actor's cumulative
// net. Wide tables scroll sideways on a phone, in a box that can be reached by keyboard.
import { formatAmount } from '../../lib/amounts';
import type { PaybackResult } from './score';

export interface PaybackTablesProps {
  result: PaybackResult;
  unit: string;
}

export function PaybackTables({ result, unit }: PaybackTablesProps) {
  const included = result.actors.filter((a) => a.included);
  return (
    <>
      <div class="table-wrap" tabindex={0} role="region" aria-label="Alla aktörer tillsammans, år för år">
        <table class="payback-table">
          <caption>Alla aktörer tillsammans, år för år ({unit})</caption>
          <thead>
            <tr>
              <th scope="col">År</th>
              <th scope="col">Kostnader</th>
              <th scope="col">Vinster</th>
              <th scope="col">Netto</th>
              <th scope="col">Sammanlagt netto</th>
            </tr>
          </thead>
          <tbody>
            {result.total.years.map((y) => (
              <tr key={y.year}>
                <th scope="row">År {y.year}</th>
                <td>{formatAmount(y.cost)}</td>
                <td>{formatAmount(y.gain)}</td>
                <td>{formatAmount(y.net)}</td>
                <td>{formatAmount(y.cumulative)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="table-wrap" tabindex={0} role="region" aria-label="Sammanlagt netto per aktör">
        <table class="payback-table">
          <caption>Sammanlagt netto per aktör ({unit})</caption>
          <thead>
            <tr>
              <th scope="col">År</th>
              {included.map((a) => (
                <th key={a.actor.id} scope="col">
                  {a.actor.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.total.years.map((y, i) => (
              <tr key={y.year}>
                <th scope="row">År {y.year}</th>
                {included.map((a) => (
                  <td key={a.actor.id}>{formatAmount(a.years[i]?.cumulative ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
