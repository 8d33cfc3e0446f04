// Samverkanstrappan drawn as in chapter 8 (src/components/figures/StaircaseFigure.astro): five
// boxes rising as steps, with the recommended step(s) and the group's own form marked.
import type { StaircaseModel } from './schema';

export interface StaircaseFigureProps {
  model: StaircaseModel;
  /** the recommended step numbers (one or two) */
  recommended: readonly number[];
  /** the step of the form the group has or plans */
  chosen: number | undefined;
}

const BOX_W = 300;
const BOX_H = 66;
const DX = 75;
const DY = 72;
const LEFT = 20;
// The chapter's colours: networks, working groups, team.
const TINT = ['fig-a', 'fig-a', 'fig-c', 'fig-c', 'fig-d'];

function describe(model: StaircaseModel, recommended: readonly number[], chosen: number | undefined): string {
  const name = (n: number) => `steg ${n}, ${model.steps[n - 1]?.name ?? ''}`;
  const parts = [`Samverkanstrappan med ${model.steps.length} steg.`];
  if (recommended.length > 0) parts.push(`Förslaget: ${recommended.map(name).join(' eller ')}.`);
  if (chosen !== undefined) parts.push(`Er form: ${name(chosen)}.`);
  return parts.join(' ');
}

export function StaircaseFigure({ model, recommended, chosen }: StaircaseFigureProps) {
  const n = model.steps.length;
  const bottom = 26 + DY * (n - 1);
  const height = bottom + BOX_H + 10;
  const slope = DY / DX;
  // The arrow runs parallel to the boxes' corners, 50 units above them, as in the chapter.
  const ax1 = 10;
  const ay1 = bottom - 50 + slope * (LEFT - ax1);
  const ax2 = LEFT + DX * (n - 2) + 35;
  const ay2 = bottom - 50 - slope * (ax2 - LEFT);
  const angle = (-Math.atan(slope) * 180) / Math.PI;
  return (
    <svg class="staircase-figure" viewBox={`0 0 640 ${height}`} role="img" aria-label={describe(model, recommended, chosen)}>
      <defs>
        <marker
          id="staircase-tool-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path class="fig-arrow" d="M0,0 L10,5 L0,10 z" />
        </marker>
      </defs>
      <line class="fig-line" x1={ax1} y1={ay1} x2={ax2} y2={ay2} marker-end="url(#staircase-tool-arrow)" />
      <g transform={`translate(${(ax1 + ax2) / 2} ${(ay1 + ay2) / 2}) rotate(${angle.toFixed(1)})`}>
        <text class="fig-text--bold" x="0" y="-12" text-anchor="middle">
          mer integrerat, mer resurser
        </text>
      </g>
      {model.steps.map((step, i) => {
        const x = LEFT + DX * i;
        const y = bottom - DY * i;
        const isRecommended = recommended.includes(step.number);
        const isChosen = chosen === step.number;
        const mark = isRecommended ? ' staircase-figure__step--recommended' : isChosen ? ' staircase-figure__step--chosen' : '';
        const status = isRecommended && isChosen ? '✓ Förslaget – och er form' : isRecommended ? '✓ Förslaget' : isChosen ? 'Er form' : '';
        return (
          <g key={step.id}>
            <rect class={`${TINT[i] ?? 'fig-a'} staircase-figure__step${mark}`} x={x} y={y} width={BOX_W} height={BOX_H} rx="6" />
            <text class="fig-text--bold" x={x + 16} y={y + 22}>
              {step.number} {step.short}
            </text>
            <text class="fig-text--small" x={x + 16} y={y + 40}>
              {step.detail}
            </text>
            {status && (
              <text class="fig-text--bold staircase-figure__status" x={x + 16} y={y + 58}>
                {status}
              </text>
            )}
          </g>
        );
      })}
      <text class="fig-text--bold" x="620" y={bottom + 20} text-anchor="end">
        Högre är inte automatiskt bättre.
      </text>
      <text class="fig-text--small" x="620" y={bottom + 40} text-anchor="end">
        Steget ska passa problemet,
      </text>
      <text class="fig-text--small" x="620" y={bottom + 58} text-anchor="end">
        resurserna och ambitionen.
      </text>
    </svg>
  );
}
