// The profile: each factor as a line from the boundary-preserving pole (left) to the
// boundary-crossing pole (right), with a dot where the group stands. The words stay HTML text;
// only the lines and dots are SVG, drawn with attributes (no inline styles, for the CSP).
import type { FactorPlace } from './score';
import { placeWords } from './words';
import type { LeadershipStylesModel } from './schema';

export interface LeadershipProfileFigureProps {
  model: LeadershipStylesModel;
  factors: readonly FactorPlace[];
}

const WIDTH = 300;
const HEIGHT = 28;
const PAD = 14;
/** x of step 1 … 5 */
const x = (step: number) => PAD + ((step - 1) / 4) * (WIDTH - 2 * PAD);
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function LeadershipProfileFigure({ model, factors }: LeadershipProfileFigureProps) {
  return (
    <figure class="profile-figure">
      <figcaption>Er profil: varje faktor på linjen mellan de två stilarna</figcaption>
      <div class="profile-figure__poles" aria-hidden="true">
        <span class="profile-figure__pole-names">
          <span>← {capitalise(model.poles.preserving.short)}</span>
          <span>{capitalise(model.poles.crossing.short)} →</span>
        </span>
      </div>
      {factors.map((f) => (
        <div key={f.factor.id} class="profile-figure__row">
          <span class="profile-figure__name">{f.factor.name}</span>
          <svg class="profile-figure__line" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
            <line class="profile-figure__axis" x1={x(1)} x2={x(5)} y1={HEIGHT / 2} y2={HEIGHT / 2} />
            {[1, 2, 3, 4, 5].map((step) => (
              <line key={step} class="profile-figure__tick" x1={x(step)} x2={x(step)} y1={HEIGHT / 2 - 6} y2={HEIGHT / 2 + 6} />
            ))}
            {typeof f.position === 'number' && (
              <circle class={`profile-figure__dot profile-figure__dot--${f.lean ?? 'mixed'}`} cx={x(f.position)} cy={HEIGHT / 2} r="9" />
            )}
          </svg>
          <span class="profile-figure__value">{capitalise(placeWords(model, f))}</span>
        </div>
      ))}
    </figure>
  );
}
