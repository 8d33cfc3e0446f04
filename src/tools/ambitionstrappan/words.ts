// The ladder's result in words. Pure, so that every sentence a group may read is unit-tested.
import type { LadderModel } from './schema';
import type { LadderResult } from './score';

export interface LadderText {
  headline: string;
  lines: string[];
}

const levelName = (m: LadderModel, n: number) => `nivå ${n}, ${m.levels[n - 1]?.name ?? ''}`;

export function describeLadder(model: LadderModel, r: LadderResult): LadderText {
  if (r.answered === 0 && r.target === undefined) {
    return { headline: 'Svara på frågorna så visas här var ledningsgruppen står på trappan.', lines: [] };
  }
  const headline = r.current === 0 ? `Gruppen når ännu inte ${levelName(model, 1)}.` : `Gruppen står på ${levelName(model, r.current)}.`;
  const lines: string[] = [];
  const missing = r.total - r.answered;
  if (missing > 0) {
    lines.push(`${missing} av ${r.total} frågor är obesvarade. En obesvarad fråga räknas inte som uppfylld, så nivån kan bli högre när ni svarat på allt.`);
  }
  if (r.target === undefined) {
    lines.push('Välj också vilken nivå ni siktar på, så visas vad som skiljer.');
  } else if (r.target <= r.current) {
    lines.push(`Ni siktar på ${levelName(model, r.target)} – och den har ni nått.`);
  } else {
    const steps = r.target - r.current;
    lines.push(`Ni siktar på ${levelName(model, r.target)}. Det är ${steps === 1 ? 'ett steg' : `${steps} steg`} upp från där ni står.`);
  }
  for (const level of r.metAboveCurrent) {
    lines.push(`Allt som hör till nivå ${level.number} är på plats, men den räknas först när nivåerna under den också är det.`);
  }
  lines.push(`Ingen nivå är bättre än någon annan i sig. Men det är bara på nivå ${model.leadsFrom} och högre som gruppen verkligen leder samverkan.`);
  if (r.targetLeads === false) {
    lines.push('Ni siktar på en nivå där gruppen inte leder samverkan. Det kan vara ett medvetet val – se då till att ledningen av samverkan finns någon annanstans.');
  }
  return { headline, lines };
}
