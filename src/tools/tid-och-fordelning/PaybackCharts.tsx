// Tid och fördelning drawn: the investment hump for all actors together (costs below the zero
// line, gains above, the cumulative net as a line) and each actor's net at the horizon. Each SVG
// is one image named by its title and described by the caption under it, in words (from
// payback-text.ts); the tables in
// PaybackTables.tsx hold the same figures. Colours come from the figure classes in global.css,
// so dark mode and print follow.
import { formatAmount } from '../../lib/amounts';
import type { ActorLedger, PaybackResult } from './score';

export interface PaybackChartsProps {
  result: PaybackResult;
  unit: string;
  humpSummary: string;
  actorSummary: string;
}

// Narrow drawings, so that their text stays readable when a phone shrinks them to its width.
const W = 400;
const RIGHT = 10;
const TOP = 92;
const PLOT_H = 190;
/** Rough width of a character of the charts' 14px text, to leave room for labels. */
const CHAR_W = 8;

function HumpChart({ result, unit }: { result: PaybackResult; unit: string }) {
  const years = result.total.years;
  const top = Math.max(0, ...years.map((y) => Math.max(y.gain, y.cumulative)));
  const bottom = Math.min(0, ...years.map((y) => Math.min(-y.cost, y.cumulative)));
  const left = 12 + CHAR_W * Math.max(formatAmount(top).length, formatAmount(bottom).length);
  const span = top - bottom || 1;
  const y = (v: number) => TOP + ((top - v) / span) * PLOT_H;
  const band = (W - left - RIGHT) / years.length;
  const x = (i: number) => left + band * i + band / 2;
  const bar = Math.min(32, band * 0.6);
  const zero = y(0);
  const yearsY = TOP + PLOT_H + 26;
  const height = yearsY + 48;
  const points = years.map((yr, i) => `${x(i).toFixed(1)},${y(yr.cumulative).toFixed(1)}`).join(' ');
  const hump = result.hump;
  const payback = result.total.payback;
  const markX = payback === undefined ? 0 : left + band * (payback - 1);
  /** A label centred on `at` but kept inside the drawing. */
  const inside = (at: number, text: string) => Math.min(Math.max(at, (text.length * CHAR_W) / 2), W - (text.length * CHAR_W) / 2);
  return (
    <svg
      class="payback-chart"
      viewBox={`0 0 ${W} ${height}`}
      role="img"
      aria-labelledby="tf-puckel-titel"
      aria-describedby="tf-puckel-text"
    >
      <title id="tf-puckel-titel">Investeringspuckeln i er kalkyl</title>
      <rect class="fig-d" x="4" y="4" width="16" height="14" />
      <text class="fig-text--small" x="28" y="16">
        Vinster per år
      </text>
      <rect class="fig-b" x="4" y="26" width="16" height="14" />
      <text class="fig-text--small" x="28" y="38">
        Kostnader per år
      </text>
      <line class="fig-line payback-chart__net" x1="2" x2="22" y1="55" y2="55" />
      <circle class="fig-ink" cx="12" cy="55" r="4" />
      <text class="fig-text--small" x="28" y="60">
        Sammanlagt netto ({unit})
      </text>

      {years.map((yr, i) => (
        <g key={yr.year}>
          {yr.gain > 0 && <rect class="fig-d" x={x(i) - bar / 2} y={y(yr.gain)} width={bar} height={zero - y(yr.gain)} />}
          {yr.cost > 0 && <rect class="fig-b" x={x(i) - bar / 2} y={zero} width={bar} height={y(-yr.cost) - zero} />}
          <text class="fig-text--small" x={x(i)} y={yearsY} text-anchor="middle">
            {yr.year}
          </text>
        </g>
      ))}
      <text class="fig-text--small" x={left - 6} y={yearsY} text-anchor="end">
        År
      </text>
      {payback !== undefined && payback > 1 && (
        <g>
          <line class="fig-line payback-chart__marker" x1={markX} x2={markX} y1={TOP - 14} y2={TOP + PLOT_H} />
          <text class="fig-text--small" x={markX > W / 2 ? markX - 4 : markX + 4} y={TOP - 4} text-anchor={markX > W / 2 ? 'end' : 'start'}>
            Intjänat år {payback}
          </text>
        </g>
      )}
      <line class="fig-line" x1={left} x2={W - RIGHT} y1={zero} y2={zero} />
      <text class="fig-text--small" x={left - 6} y={zero + 5} text-anchor="end">
        0
      </text>
      {top > 0 && zero - y(top) > 16 && (
        <text class="fig-text--small" x={left - 6} y={y(top) + 5} text-anchor="end">
          {formatAmount(top)}
        </text>
      )}
      {bottom < 0 && y(bottom) - zero > 16 && (
        <text class="fig-text--small" x={left - 6} y={y(bottom) + 5} text-anchor="end">
          {formatAmount(bottom)}
        </text>
      )}
      <polyline class="fig-line payback-chart__net" points={points} />
      {years.map((yr, i) => (
        <circle key={yr.year} class="fig-ink" cx={x(i)} cy={y(yr.cumulative)} r="4" />
      ))}
      {hump && (
        <text class="fig-text--bold" x={inside(x(hump.year - 1), 'Puckelns botten, år 10')} y={yearsY + 26} text-anchor="middle">
          Puckelns botten, år {hump.year}
        </text>
      )}
    </svg>
  );
}

const ROW = 50;

function ActorChart({ actors, unit }: { actors: ActorLedger[]; unit: string }) {
  const most = Math.max(1, ...actors.map((a) => Math.abs(a.net)));
  const hasLoss = actors.some((a) => a.net < 0);
  const hasGain = actors.some((a) => a.net > 0);
  // The value is written beside its bar: leave room for it on each side that has bars.
  const room = 12 + CHAR_W * Math.max(...actors.map((a) => `${formatAmount(a.net)} ${unit}`.length));
  const plotLeft = 4 + (hasLoss ? room : 0);
  const plotRight = W - 4 - (hasGain ? room : 0);
  const zero = hasLoss && hasGain ? (plotLeft + plotRight) / 2 : hasLoss ? plotRight : plotLeft;
  const scale = (hasLoss && hasGain ? (plotRight - plotLeft) / 2 : plotRight - plotLeft) / most;
  const height = actors.length * ROW + 6;
  return (
    <svg
      class="payback-chart"
      viewBox={`0 0 ${W} ${height}`}
      role="img"
      aria-labelledby="tf-aktorer-titel"
      aria-describedby="tf-aktorer-text"
    >
      <title id="tf-aktorer-titel">Netto per aktör vid horisonten</title>
      {actors.map((a, i) => {
        const top = 4 + i * ROW;
        const w = Math.abs(a.net) * scale;
        const start = a.net < 0 ? zero - w : zero;
        return (
          <g key={a.actor.id}>
            <text class="fig-text--bold" x={a.net < 0 ? zero - 6 : zero + 6} y={top + 14} text-anchor={a.net < 0 ? 'end' : 'start'}>
              {a.actor.name}
            </text>
            {w > 0 && <rect class={a.net < 0 ? 'fig-b' : 'fig-d'} x={start} y={top + 20} width={w} height={22} />}
            <text class="fig-text--small" x={a.net < 0 ? start - 6 : start + w + 6} y={top + 36} text-anchor={a.net < 0 ? 'end' : 'start'}>
              {formatAmount(a.net)} {unit}
            </text>
          </g>
        );
      })}
      <line class="fig-line" x1={zero} x2={zero} y1="2" y2={height - 2} />
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
