// The two tracks side by side: the leadership group's phases above, the project's below, with the
// phase each is in marked in words ("Ni är här") as well as by colour.
import type { ProcessModel } from './schema';

export interface ProcessFigureProps {
  model: ProcessModel;
  /** the leadership group's phase number; 0 when not started, undefined when not known */
  leadership: number | undefined;
  /** the project's phase number; 0 when not started, undefined when not known */
  project: number | undefined;
}

const WIDTH = 420;
const GAP = 6;
const BOX_H = 44;

function describe(model: ProcessModel, leadership: number | undefined, project: number | undefined): string {
  const where = (n: number | undefined, of: number, none: string) =>
    n === undefined ? 'inte angiven' : n === 0 ? none : `fas ${n} av ${of}`;
  return (
    `Ledningsgruppen: ${where(leadership, model.leadership.phases.length, 'inte startad')}. ` +
    `Projektet: ${where(project, model.project.phases.length, 'inte startat')}.`
  );
}

interface RowProps {
  label: string;
  count: number;
  current: number | undefined;
  y: number;
}

function Row({ label, count, current, y }: RowProps) {
  const w = (WIDTH - 20 - GAP * (count - 1)) / count;
  const state = (n: number) => (current === undefined || current === 0 || n > current ? 'coming' : n === current ? 'current' : 'done');
  return (
    <g>
      <text class="fig-text--bold" x="10" y={y - 8}>
        {label}
        {current === 0 ? ' – inte startat' : ''}
      </text>
      {Array.from({ length: count }, (_, i) => {
        const n = i + 1;
        const x = 10 + i * (w + GAP);
        return (
          <g key={n}>
            <rect class={`process-figure__phase process-figure__phase--${state(n)}`} x={x} y={y} width={w} height={BOX_H} rx="6" />
            <text
              class={w < 70 ? 'fig-text--small process-figure__narrow' : 'fig-text--bold'}
              x={x + w / 2}
              y={y + 27}
              text-anchor="middle"
            >
              Fas {n}
            </text>
            {state(n) === 'current' && (
              <text class="fig-text--bold process-figure__here" x={x + w / 2} y={y + BOX_H + 18} text-anchor="middle">
                Ni är här
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

export function ProcessFigure({ model, leadership, project }: ProcessFigureProps) {
  return (
    <svg class="process-figure" viewBox={`0 0 ${WIDTH} 200`} role="img" aria-label={describe(model, leadership, project)}>
      <Row label="Ledningsgruppen" count={model.leadership.phases.length} current={leadership} y={28} />
      <Row label="Projektet" count={model.project.phases.length} current={project} y={126} />
    </svg>
  );
}
