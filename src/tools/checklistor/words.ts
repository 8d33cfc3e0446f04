// Checklistor före start in words: one line per area and the overall readiness, weakest area
// first. Pure, so that every sentence a group may read is unit-tested.
import type { ChecklistBand, ChecklistsModel } from './schema';
import type { AreaScore, ChecklistsResult } from './score';
import { capitalise, list, numberWord as swedishNumber } from '../../lib/swedish';

/** 0.625 → "63 %" (with a no-break space, as Swedish writes it). */
export function percent(share: number): string {
  return `${Math.round(share * 100)}\u00a0%`;
}

/** Small numbers in words as the checklists count them: "ett område", "nio områden". */
export const numberWord = (n: number): string => swedishNumber(n, 'ett');

/** "3 obesvarade, 1 vet inte"; undefined when every question has an answer other than "vet inte". */
export function countsNote(counts: { unanswered: number; vetInte: number }): string | undefined {
  const parts: string[] = [];
  if (counts.unanswered > 0) parts.push(`${counts.unanswered} ${counts.unanswered === 1 ? 'obesvarad' : 'obesvarade'}`);
  if (counts.vetInte > 0) parts.push(`${counts.vetInte} vet inte`);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** "hälften", or a percentage for other shares. */
function shareWords(share: number): string {
  if (share === 1) return 'alla';
  if (share === 0.5) return 'hälften';
  return percent(share);
}

export interface AreaText {
  /** The area's result in one sentence, with its word and share when it is judged. */
  summary: string;
  /** "3 obesvarade, 1 vet inte", when there are any. */
  counts: string | undefined;
  /** A second sentence: what the word means, or what is needed before the area can be judged. */
  note: string | undefined;
}

export function describeArea(model: ChecklistsModel, s: AreaScore): AreaText {
  const counts = countsNote(s);
  if (s.scored === 0) {
    return s.vetInte === 0
      ? { summary: 'Inget besvarat ännu.', counts: undefined, note: undefined }
      : {
          summary: 'Inget att räkna på ännu: ni har bara svarat vet inte.',
          counts,
          note: 'Ta reda på svaren – det som är okänt kan vara en svag länk.',
        };
  }
  const share = percent(s.score!);
  if (!s.judged || !s.band) {
    return {
      summary: `För få svar för att bedöma området: ${s.scored} av ${s.total} frågor har svaret ja, delvis eller nej (hittills ${share} av möjliga poäng).`,
      counts,
      note: `Området bedöms när minst ${shareWords(model.judgeFrom)} av frågorna har ett sådant svar.`,
    };
  }
  return {
    summary: `${capitalise(s.band.label)}: ${share} av möjliga poäng, räknat på ${s.scored === s.total ? `alla ${numberWord(s.total)} frågorna` : `${s.scored} av ${s.total} frågor`}.`,
    counts,
    note: s.band.area,
  };
}

export interface ChecklistsText {
  headline: string;
  lines: string[];
}

function bandWord(band: ChecklistBand, n: number): string {
  if (n === 1) return band.label;
  return `${n === 2 ? 'båda' : 'alla'} ${band.plural}`;
}

export function describeChecklists(model: ChecklistsModel, r: ChecklistsResult): ChecklistsText {
  if (r.status === 'empty') {
    return { headline: 'Svara på frågorna – gärna ett område i taget – så visas här var kedjan är svagast.', lines: [] };
  }
  const vetInte = r.scores.reduce((n, s) => n + s.vetInte, 0);
  const unanswered = r.total - r.answered;
  const totals = countsNote({ unanswered, vetInte });
  const totalsLine = totals ? `Av de ${r.total} frågorna: ${totals}.` : undefined;
  const vetInteLine =
    vetInte > 0 ? 'Vet inte räknas inte in i andelarna. Ta reda på svaren – det okända kan vara en svag länk.' : undefined;

  if (r.status === 'too-little' || r.band === undefined || r.mean === undefined) {
    return {
      headline: 'Ännu för lite besvarat för att bedöma er beredskap.',
      lines: [
        `Ett område får ett omdöme när minst ${shareWords(model.judgeFrom)} av dess frågor är besvarade med ja, delvis eller nej. Inget område har kommit dit än.`,
        ...[totalsLine, vetInteLine].filter((l): l is string => l !== undefined),
      ],
    };
  }

  const names = list(r.weakest.map((s) => s.area.title));
  const tie = r.weakest.length > 1;
  const what = r.status === 'complete' ? (tie ? 'Svagaste länkarna' : 'Svagaste länken') : 'Svagast hittills';
  const headline = `${what}: ${names} – ${bandWord(r.band, r.weakest.length)} (${percent(r.weakest[0]!.score!)}).`;

  const lines: string[] = [];
  const meanOf =
    r.status === 'complete'
      ? `alla ${numberWord(r.areas)} områden`
      : r.judged === 1
        ? 'det enda bedömda området'
        : `de ${numberWord(r.judged)} bedömda områdena`;
  lines.push(
    `Medelvärdet för ${meanOf} är ${percent(r.mean)}${r.judged === 1 ? '' : ` (${r.meanBand!.label})`}. ` +
      'Ett medelvärde kan dölja en svag länk – det är den svagaste länken som avgör om kedjan håller.',
  );
  if (r.meanBand && r.meanBand.id !== r.band.id && r.judged > 1) {
    lines.push('Snittet ser alltså bättre ut än er svagaste punkt.');
  }
  if (r.status === 'partial') {
    const open = r.scores.filter((s) => !s.judged).map((s) => s.area.title);
    lines.push(
      `${capitalise(numberWord(open.length))} av ${numberWord(r.areas)} områden har ännu för få svar för att bedömas: ${list(open)}. ` +
        `Kedjan kan lika gärna brista där, så helheten går inte att bedöma förrän ${open.length === 1 ? 'det är besvarat' : 'de är besvarade'}.`,
    );
  } else {
    lines.push(r.band.overall);
  }
  if (totalsLine) lines.push(totalsLine);
  if (vetInteLine) lines.push(vetInteLine);
  return { headline, lines };
}
