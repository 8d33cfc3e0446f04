// The three sides as bars on the 0–3 scale. The words stay HTML text (they scale and read well on
// a phone and in a screen reader); only the bars are SVG, drawn with attributes rather than inline
// styles so that the page's Content-Security-Policy allows them.
import type { SideScore } from './score';
import { formatMean, sideStatus } from './words';

export interface RoleBalanceFigureProps {
  /** styra, stödja, lära, as scored */
  sides: readonly SideScore[];
  /** ids of the side(s) that are weakest when the sides are out of balance */
  weakest: readonly string[];
}

const WIDTH = 300;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function RoleBalanceFigure({ sides, weakest }: RoleBalanceFigureProps) {
  return (
    <figure class="role-balance-figure">
      <figcaption>Så väger sidorna – snittet av rollerna på skalan 0–3</figcaption>
      {sides.map((s) => {
        const low = weakest.includes(s.side.id);
        return (
          <div key={s.side.id} class={`role-balance-figure__row${low ? ' role-balance-figure__row--weakest' : ''}`}>
            <span class="role-balance-figure__name">{s.side.name}</span>
            <svg class="role-balance-figure__bar" viewBox={`0 0 ${WIDTH} 24`} preserveAspectRatio="none" aria-hidden="true">
              <rect class="role-balance-figure__track" x="0" y="0" width={WIDTH} height="24" />
              {s.mean !== undefined && (
                <rect
                  class={`role-balance-figure__fill role-balance-figure__fill--${s.level ?? 'weak'}`}
                  x="0"
                  y="0"
                  width={(s.mean / 3) * WIDTH}
                  height="24"
                />
              )}
              {[1, 2].map((tick) => (
                <line key={tick} class="role-balance-figure__tick" x1={(tick / 3) * WIDTH} x2={(tick / 3) * WIDTH} y1="0" y2="24" />
              ))}
            </svg>
            <span class="role-balance-figure__value">
              {capitalise(sideStatus(s))}
              {s.mean !== undefined && `, ${formatMean(s.mean)}`}
              {low && ' – svagast'}
            </span>
          </div>
        );
      })}
    </figure>
  );
}
