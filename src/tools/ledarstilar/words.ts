// Två ledarstilar's result in words. Pure, so that every sentence a group may read is unit-tested.
import type { ReadNext } from '../shared/schema';
import type { LeadershipStylesModel } from './schema';
import { UNKNOWN, type FactorPlace, type LeadershipStylesResult } from './score';
import { formatDecimal, list } from '../../lib/swedish';

export interface LeadershipStylesText {
  headline: string;
  /** About the answers and the profile as a whole: unanswered, "vet inte", the mean, a split profile. */
  notes: string[];
  /** One line per factor: where the group stands and what that pole means. */
  factors: string[];
  /** How to move towards the crossing pole, for each factor that leans preserving. */
  advice: { factor: string; text: string }[];
  /** The reminder that the styles are not grades, and the check when everything leans crossing. */
  reflections: string[];
  readNext: ReadNext[];
}

/** "a", "a och b", "a, b och c" */
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** "2,5", "4" */
export function formatStep(mean: number): string {
  return formatDecimal(mean);
}

/** Where a factor stands, in a few words: "mest gränsbevarande", "vet inte", "inte besvarad ännu". */
export function placeWords(model: LeadershipStylesModel, f: FactorPlace): string {
  if (f.position === UNKNOWN) return 'vet inte';
  if (f.position === undefined) return 'inte besvarad ännu';
  return model.scale[f.position - 1] ?? String(f.position);
}

function factorLine(model: LeadershipStylesModel, f: FactorPlace): string {
  const head = `${f.factor.name} – ${placeWords(model, f)}.`;
  if (f.lean === 'preserving') return `${head} ${f.factor.preserving}`;
  if (f.lean === 'crossing') return `${head} ${f.factor.crossing}`;
  return head;
}

function headlineOf(model: LeadershipStylesModel, r: LeadershipStylesResult): string {
  switch (r.overall) {
    case undefined:
      return r.unknown > 0
        ? 'Ni har bara svarat ”vet inte” hittills, så någon profil går inte att visa.'
        : 'Placera ert ledarskap på linjen för varje faktor, så visas er profil här.';
    case 'preserving':
      return `Ert ledarskap i samverkan är övervägande ${model.poles.preserving.short}.`;
    case 'crossing':
      return `Ert ledarskap i samverkan är övervägande ${model.poles.crossing.short}.`;
    case 'mixed':
      return 'Ert ledarskap i samverkan blandar de två stilarna.';
  }
}

function notesOf(model: LeadershipStylesModel, r: LeadershipStylesResult): string[] {
  const notes: string[] = [];
  if (r.unanswered === 0) notes.push(`Alla ${r.total} faktorer är besvarade.`);
  else if (r.unanswered === 1)
    notes.push(`1 av ${r.total} faktorer är obesvarad. Den räknas inte in, så profilen kan ändras när ni har svarat.`);
  else notes.push(`${r.unanswered} av ${r.total} faktorer är obesvarade. De räknas inte in, så profilen kan ändras när ni har svarat.`);
  if (r.unknown > 0) {
    notes.push(
      `På ${r.unknown === 1 ? 'en faktor' : `${r.unknown} faktorer`} har ni svarat ”vet inte”. Sådana svar räknas inte in i profilen.`,
    );
  }
  if (r.mean !== undefined) {
    notes.push(`I snitt står ni på ${formatStep(r.mean)}, på en linje från 1 (${model.scale[0] ?? ''}) till 5 (${model.scale[4] ?? ''}).`);
  }
  if (r.split) {
    const names = (fs: FactorPlace[]) => list(fs.map((f) => lower(f.factor.name)));
    notes.push(
      `Profilen är ojämn: ni leder ${model.poles.crossing.short} när det gäller ${names(r.crossing)}, ` +
        `men ${model.poles.preserving.short} när det gäller ${names([...r.preserving].sort((a, b) => model.factors.indexOf(a.factor) - model.factors.indexOf(b.factor)))}.`,
    );
  }
  return notes;
}

export function describeLeadershipStyles(model: LeadershipStylesModel, r: LeadershipStylesResult): LeadershipStylesText {
  const placed = r.placed > 0;
  const allCrossing = placed && r.crossing.length === r.placed;
  return {
    headline: headlineOf(model, r),
    notes: r.answered === 0 ? [] : notesOf(model, r),
    factors: r.answered === 0 ? [] : r.factors.map((f) => factorLine(model, f)),
    advice: r.preserving.map((f) => ({ factor: f.factor.name, text: f.factor.advice })),
    reflections: placed ? [model.note, ...(allCrossing ? [model.allCrossing] : [])] : [],
    readNext: [model.links.main, ...(r.preserving.length > 0 ? [model.links.competences] : []), ...(placed ? [model.links.bothWays] : [])],
  };
}
