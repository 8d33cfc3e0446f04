// The ambition ladder as a staircase, with the group's current level filled and its target marked.
import type { LadderModel } from './schema';
import { t } from '../../ui/strings-tools';

export interface LadderFigureProps {
  model: LadderModel;
  current: number;
  /** the level reached when "delvis" counts as partly met (see score.ts); the figure's label says so */
  partly?: number | undefined;
  target: number | undefined;
}

const W = 640;
const STEP_H = 46;

export function LadderFigure({ model, current, partly = current, target }: LadderFigureProps) {
  const n = model.levels.length;
  const stepW = W / n;
  const height = STEP_H * (n + 1) + 44;
  const label = [
    current === 0
      ? partly > 0
        ? `Gruppen står delvis på steg ${partly} av ${n}: något under det är bara delvis på plats.`
        : 'Gruppen når ännu inte första steget.'
      : `Gruppen står på steg ${current} av ${n}${partly > current ? ` och delvis på steg ${partly}` : ''}.`,
    target ? `Målet är steg ${target}.` : '',
  ].join(' ');
  return (
    <svg class="ladder-figure" viewBox={`0 0 ${W} ${height}`} role="img" aria-label={label}>
      {model.levels.map((level, i) => {
        const x = i * stepW;
        const h = STEP_H * (i + 1);
        const y = height - 34 - h;
        const isCurrent = level.number === current;
        const isTarget = level.number === target;
        const reached = level.number <= current;
        return (
          <g key={level.id}>
            <rect
              x={x + 2}
              y={y}
              width={stepW - 4}
              height={h}
              rx="4"
              class={reached ? 'ladder-figure__step ladder-figure__step--reached' : 'ladder-figure__step'}
              stroke-dasharray={isTarget && !reached ? '6 4' : undefined}
            />
            <text x={x + stepW / 2} y={y + 20} text-anchor="middle" class="fig-text--bold">
              {level.number}
            </text>
            <text x={x + stepW / 2} y={y + 38} text-anchor="middle" class="fig-text--small">
              {level.name.replace(/-grupp$/, '')}
            </text>
            {(isCurrent || isTarget) && (
              <text x={x + stepW / 2} y={y - 8} text-anchor="middle" class="fig-text--bold">
                {isCurrent && isTarget ? `${t('ladder.yourLevel')} = mål` : isCurrent ? t('ladder.yourLevel') : t('ladder.yourTarget')}
              </text>
            )}
          </g>
        );
      })}
      <line x1={(model.leadsFrom - 1) * stepW + 2} x2={W - 2} y1={height - 26} y2={height - 26} class="fig-line" />
      <text x={((model.leadsFrom - 1) * stepW + W) / 2} y={height - 6} text-anchor="middle" class="fig-text--small">
        ← nivåer som leder samverkan →
      </text>
    </svg>
  );
}
