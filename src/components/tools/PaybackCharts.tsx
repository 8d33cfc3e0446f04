// Tid och fördelning drawn: the investment hump for all actors together (costs below the zero
// line, gains above, the cumulative net as a line) and each actor's net at the horizon. Each SVG
// is one image named by its title and described by the caption under it, in words (from
// payback-text.ts); the tables in
// PaybackTables.tsx hold the same figures. Colours come from the figure classes in global.css,
// so dark mode and print follow.
import { formatAmount } from '../../lib/amounts';
import type { ActorLedger, PaybackResult } from '../../lib/scoring/payback';

export interface PaybackChartsProps {
  result: PaybackResult;
  unit: string;
  humpSummary: string;
  actorSummary: string;
}

const W = 560;
const LEFT = 64;
const RIGHT = 16;
const TOP = 78;
const PLOT_H = 200;

function HumpChart({ result, unit }: { result: PaybackResult; unit: string }) {
  const years = result.total.years;
  const top = Math.max(0, ...years.map((y) => Math.max(y.gain, y.cumulative)));
  const bottom = Math.min(0, ...years.map((y) => Math.min(-y.cost, y.cumulative)));
  const span = top - bottom || 1;
  const y = (v: number) => TOP + ((top - v) / span) * PLOT_H;
  const band = (W - LEFT - RIGHT) / years.length;
  const x = (i: number) => LEFT + band * i + band / 2;
  const bar = Math.min(36, band * 0.55);
  const zero = y(0);
  const height = TOP + PLOT_H + 44;
  const points = years.map((yr, i) => `${x(i).toFixed(1)},${y(yr.cumulative).toFixed(1)}`).join(' ');
  const hump = result.hump;
  const payback = result.total.payback;
  return (
    <svg class="payback-chart" viewBox={`0 0 ${W} ${height}`} role="img" aria-labelledby="tf-puckel-titel" aria-describedby="tf-puckel-text">
      <title id="tf-puckel-titel">Investeringspuckeln i er kalkyl</title>
      <rect class="fig-d" x={LEFT} y="6" width="16" height="12" />
      <text class="fig-text--small" x={LEFT + 22} y="16">
        Vinster per år
      </text>
      <rect class="fig-b" x={LEFT + 150} y="6" width="16" height="12" />
      <text class="fig-text--small" x={LEFT + 172} y="16">
        Kostnader per år
      </text>
      <line class="fig-line payback-chart__net" x1={LEFT} x2={LEFT + 16} y1="34" y2="34" />
      <circle class="fig-ink" cx={LEFT + 8} cy="34" r="3.5" />
      <text class="fig-text--small" x={LEFT + 22} y="38">
        Sammanlagt netto ({unit})
      </text>

      {years.map((yr, i) => (
        <g key={yr.year}>
          {yr.gain > 0 && <rect class="fig-d" x={x(i) - bar / 2} y={y(yr.gain)} width={bar} height={zero - y(yr.gain)} />}
          {yr.cost > 0 && <rect class="fig-b" x={x(i) - bar / 2} y={zero} width={bar} height={y(-yr.cost) - zero} />}
          <text class="fig-text--small" x={x(i)} y={TOP + PLOT_H + 20} text-anchor="middle">
            År {yr.year}
          </text>
        </g>
      ))}
      {payback !== undefined && payback > 1 && (
        <g>
          <line class="fig-line payback-chart__marker" x1={LEFT + band * (payback - 1)} x2={LEFT + band * (payback - 1)} y1={TOP - 14} y2={TOP + PLOT_H} />
          <text class="fig-text--small" x={LEFT + band * (payback - 1) + 4} y={TOP - 4}>
            Intjänat år {payback}
          </text>
        </g>
      )}
      <line class="fig-line" x1={LEFT} x2={W - RIGHT} y1={zero} y2={zero} />
      <text class="fig-text--small" x={LEFT - 6} y={zero + 4} text-anchor="end">
        0
      </text>
      {top > 0 && (
        <text class="fig-text--small" x={LEFT - 6} y={y(top) + 4} text-anchor="end">
          {formatAmount(top)}
        </text>
      )}
      {bottom < 0 && (
        <text class="fig-text--small" x={LEFT - 6} y={y(bottom) + 4} text-anchor="end">
          {formatAmount(bottom)}
        </text>
      )}
      <polyline class="fig-line payback-chart__net" points={points} />
      {years.map((yr, i) => (
        <circle key={yr.year} class="fig-ink" cx={x(i)} cy={y(yr.cumulative)} r="4" />
      ))}
      {hump && (
        <text class="fig-text--bold" x={x(hump.year - 1)} y={Math.min(y(-hump.depth) + 22, TOP + PLOT_H + 38)} text-anchor="middle">
          Puckelns botten
        </text>
      )}
    </svg>
  );
}

const ROW = 34;
const NAME_W = 150;

function ActorChart({ actors, unit }: { actors: ActorLedger[]; unit: string }) {
  const most = Math.max(1, ...actors.map((a) => Math.abs(a.net)));
  const hasLoss = actors.some((a) => a.net < 0);
  const hasGain = actors.some((a) => a.net > 0);
  // Room for labels on the side(s) that have bars.
  const plotLeft = NAME_W + (hasLoss ? 70 : 10);
  const plotRight = W - (hasGain ? 80 : 10);
  const zero = hasLoss && hasGain ? (plotLeft + plotRight) / 2 : hasLoss ? plotRight : plotLeft;
  const scale = (hasLoss && hasGain ? (plotRight - plotLeft) / 2 : plotRight - plotLeft) / most;
  const height = actors.length * ROW + 16;
  return (
    <svg class="payback-chart" viewBox={`0 0 ${W} ${height}`} role="img" aria-labelledby="tf-aktorer-titel" aria-describedby="tf-aktorer-text">
      <title id="tf-aktorer-titel">Netto per aktör vid horisonten</title>
      {actors.map((a, i) => {
        const top = 8 + i * ROW;
        const w = Math.abs(a.net) * scale;
        const left = a.net < 0 ? zero - w : zero;
        const label = `${formatAmount(a.net)} ${unit}`;
        return (
          <g key={a.actor.id}>
            <text class="fig-text--small" x={NAME_W - 8} y={top + 18} text-anchor="end">
              {a.actor.name}
            </text>
            {w > 0 && <rect class={a.net < 0 ? 'fig-b' : 'fig-d'} x={left} y={top + 4} width={w} height={ROW - 10} />}
            <text class="fig-text--small" x={a.net < 0 ? left - 6 : left + w + 6} y={top + 18} text-anchor={a.net < 0 ? 'end' : 'start'}>
              {label}
            </text>
          </g>
        );
      })}
      <line class="fig-line" x1={zero} x2={zero} y1="2" y2={height - 4} />
    </svg>
  );
}

export function PaybackCharts({ result, unit, humpSummary, actorSummary }: PaybackChartsProps) {
  const included = result.actors.filter((a) => a.included);
  return (
    <>
      <figure class="payback-figure">
        <HumpChart result={result} unit={unit} />
        <figcaption id="tf-puckel-text">{humpSummary}</figcaption>
      </figure>
      {included.length > 1 && (
        <figure class="payback-figure">
          <ActorChart actors={included} unit={unit} />
          <figcaption id="tf-aktorer-text">{actorSummary}</figcaption>
        </figure>
      )}
    </>
  );
}
