// The ladder's result in words. Pure, so that every sentence a group may read is unit-tested.
import { list } from '../../lib/swedish';
import type { LadderModel } from './schema';
import type { LadderResult, LevelStatus } from './score';

export interface LadderText {
  headline: string;
  lines: string[];
}

const levelName = (m: LadderModel, n: number) => `nivå ${n}, ${m.levels[n - 1]?.name ?? ''}`;

/**
 * The criteria of a level that are partly met, when nothing of it is answered "nej": then the
 * level is partly in place, not missing. Empty otherwise.
 */
export function partlyMet(level: LevelStatus | undefined): LevelStatus['open'] {
  if (!level || level.open.some((d) => d.answer === 'nej')) return [];
  return level.open.filter((d) => d.answer === 'delvis');
}

/** The criteria answered "delvis" on the levels between the one reached and the one partly reached. */
export function partlyOnTheWay(r: LadderResult): LevelStatus['open'] {
  return r.levels.slice(r.current, r.partly).flatMap((l) => l.open.filter((d) => d.answer === 'delvis'));
}

/** How far the group has come, to stand in a sentence: "står på nivå 2 och delvis på nivå 3". */
export function whereStands(r: LadderResult, when = ''): string {
  const w = when ? ` ${when}` : '';
  if (r.current > 0) return `står${w} på nivå ${r.current}${r.partly > r.current ? ` och delvis på nivå ${r.partly}` : ''}`;
  if (r.partly > 0) return `står${w} delvis på nivå ${r.partly}`;
  // Level 1 missing only for "vet inte" or no answer is not known to be missing.
  const known = r.levels[0]?.open.some((d) => d.answer === 'nej') ?? true;
  return known ? `når${w} inte nivå 1` : `har${w} inte visat att den når nivå 1`;
}

/** "personlig kännedom finns bara delvis" */
const partlyWords = (partly: LevelStatus['open']) => `${list(partly.map((d) => d.criterion.label))} finns bara delvis`;

export function describeLadder(model: LadderModel, r: LadderResult): LadderText {
  if (r.answered === 0 && r.target === undefined) {
    return { headline: 'Svara på frågorna så visas här var ledningsgruppen står på trappan.', lines: [] };
  }
  // "delvis" is partly met, not failed: a level whose criteria are all ja or delvis is one the
  // group partly stands on, and the headline says so instead of dropping it below level 1.
  const partly = partlyMet(r.levels[r.current]);
  const onTheWay = partlyOnTheWay(r);
  let headline: string;
  if (r.partly > r.current) {
    headline =
      r.current === 0 && r.partly === 1
        ? `Nivå 1, ${model.levels[0]!.name}, är delvis på plats: ${partlyWords(onTheWay)}.`
        : `Gruppen står ${r.current > 0 ? `på ${levelName(model, r.current)}, och delvis` : 'delvis'} på ${levelName(model, r.partly)}: ${partlyWords(onTheWay)}.`;
  } else {
    headline =
      r.current > 0
        ? `Gruppen står på ${levelName(model, r.current)}.`
        : partly.length > 0
          ? `Nivå 1, ${model.levels[0]!.name}, är delvis på plats: ${partlyWords(partly)}.`
          : `Gruppen når ännu inte ${levelName(model, 1)}.`;
  }
  const lines: string[] = [];
  if (r.current > 0 && partly.length > 0) {
    lines.push(`Nivå ${r.current + 1} är delvis på plats: ${partlyWords(partly)}.`);
  }
  if (r.partly > r.current) {
    lines.push(
      `Trappan räknar en nivå först när allt på den och under den är ett helt ja. Delvis betyder att något finns att bygga på – gör det helt, så står gruppen på nivå ${r.partly}.`,
    );
  }
  const missing = r.total - r.answered;
  if (missing > 0) {
    lines.push(
      `${missing} av ${r.total} frågor är obesvarade. En obesvarad fråga räknas inte som uppfylld, så nivån kan bli högre när ni svarat på allt.`,
    );
  }
  if (r.target === undefined && r.targetUnknown) {
    lines.push('Vilken nivå ni siktar på vet du inte än. Ta upp det i gruppen: utan ett gemensamt mål kan ingen säga när ni är framme.');
  } else if (r.target === undefined) {
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
  lines.push(
    `Ingen nivå är bättre än någon annan i sig. Men det är bara på nivå ${model.leadsFrom} och högre som gruppen verkligen leder samverkan.`,
  );
  if (r.targetLeads === false) {
    lines.push(
      'Ni siktar på en nivå där gruppen inte leder samverkan. Det kan vara ett medvetet val – se då till att ledningen av samverkan finns någon annanstans.',
    );
  }
  return { headline, lines };
}
