// The iceberg of obstacles (the chapter's figure, src/components/figures/ObstacleIcebergFigure.astro)
// with each zone shaded by how strong its obstacles are: the darker, the stronger. A zone with no
// rating is hatched, and the zone that weighs heaviest gets a bold outline.
import type { ZoneScore } from './score';
import './style.css';
import { formatMean, zoneStatus } from './words';

export interface IcebergFigureProps {
  /** top to bottom, as scored */
  zones: readonly ZoneScore[];
  /** ids of the zone(s) that weigh heaviest */
  dominant: readonly string[];
}

// The chapter figure's shapes, unchanged: the waterline and the berg in a 640 × 520 box.
const WAVE =
  'M0 172 Q10 167 20 172 T40 172 T60 172 T80 172 T100 172 T120 172 T140 172 T160 172 T180 172 T200 172 T220 172 T240 172 T260 172 T280 172 T300 172 T320 172 T340 172 T360 172 T380 172 T400 172 T420 172 T440 172 T460 172 T480 172 T500 172 T520 172 T540 172 T560 172 T580 172 T600 172 T620 172 T640 172';
const BERG =
  'M176 40 L194 76 L210 88 L232 136 L252 172 L296 232 L318 316 L304 400 L266 466 L196 496 L120 488 L66 446 L44 360 L58 270 L90 172 L114 126 L136 110 L158 62 Z';
/** The three bands, split at the chapter figure's dashed lines; y of the labels as there. */
const BANDS = [
  { top: 0, bottom: 158, labelY: 40 },
  { top: 158, bottom: 344, labelY: 202 },
  { top: 344, bottom: 520, labelY: 372 },
];
const ID = 'isberg-verktyg';
/** Line spacing of the labels, roomy enough for the larger type on narrow screens. */
const LINE = 31;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function IcebergFigure({ zones, dominant }: IcebergFigureProps) {
  const label = `Isberget zon för zon. ${zones
    .map((z) => `${capitalise(z.zone.where)}: ${zoneStatus(z)}${dominant.includes(z.zone.id) ? ', väger tyngst' : ''}.`)
    .join(' ')}`;
  return (
    <figure class="iceberg-figure">
      <svg viewBox="0 0 640 520" role="img" aria-label={label}>
        <defs>
          {BANDS.map((b, i) => (
            <clipPath key={i} id={`${ID}-band-${i}`}>
              <rect x="0" y={b.top} width="640" height={b.bottom - b.top} />
            </clipPath>
          ))}
          <clipPath id={`${ID}-under`}>
            <rect x="0" y="172" width="640" height="348" />
          </clipPath>
          <pattern id={`${ID}-hatch`} width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="10" class="iceberg-figure__hatch" />
          </pattern>
        </defs>

        <path class="fig-water" d={`${WAVE} L640 512 Q640 520 632 520 L8 520 Q0 520 0 512 Z`} />
        <path class="iceberg-figure__ice" d={BERG} />
        {zones.map((z, i) => (
          <path
            key={z.zone.id}
            d={BERG}
            clip-path={`url(#${ID}-band-${i})`}
            class={z.level ? `iceberg-figure__shade iceberg-figure__shade--${z.level}` : 'iceberg-figure__unrated'}
            fill={z.level ? undefined : `url(#${ID}-hatch)`}
          />
        ))}
        <path class="fig-water" d={BERG} opacity="0.3" clip-path={`url(#${ID}-under)`} />
        <path class="iceberg-figure__outline" d={BERG} />
        <path class="fig-line" d={WAVE} />

        <line class="fig-line" x1="16" y1="158" x2="624" y2="158" stroke-width="1" stroke-dasharray="5 5" />
        <line class="fig-line" x1="16" y1="344" x2="624" y2="344" stroke-width="1" stroke-dasharray="5 5" />

        {zones.map((z, i) => {
          const band = BANDS[i] ?? BANDS[0]!;
          const heaviest = dominant.includes(z.zone.id);
          return (
            <g key={z.zone.id}>
              {heaviest && <path d={BERG} clip-path={`url(#${ID}-band-${i})`} class="iceberg-figure__heaviest" />}
              <text class="iceberg-figure__title" x="340" y={band.labelY}>
                {capitalise(z.zone.where)}
              </text>
              <text class="iceberg-figure__status" x="340" y={band.labelY + LINE}>
                {capitalise(zoneStatus(z))}
              </text>
              {heaviest && (
                <text class="iceberg-figure__heaviest-label" x="340" y={band.labelY + 2 * LINE}>
                  Väger tyngst
                </text>
              )}
              <text class="iceberg-figure__detail" x="340" y={band.labelY + (heaviest ? 3 : 2) * LINE}>
                {z.mean === undefined ? `0 av ${z.total} skattade` : `snitt ${formatMean(z.mean)} · ${z.rated} av ${z.total} skattade`}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="iceberg-figure__legend">Ju mörkare zon, desto starkare hinder. Randig zon: inga skattningar än.</figcaption>
    </figure>
  );
}
