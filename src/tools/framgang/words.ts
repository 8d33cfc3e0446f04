// Vad är framgång?'s result in words. Pure, so that every sentence a group may read is unit-tested.
import type { ReadNext } from '../shared/schema';
import type { SuccessLevel, SuccessModel } from './schema';
import type { Conflict, PitfallCheck, SuccessResult } from './score';
import { capitalise, list, numberWord } from '../../lib/swedish';

export interface PitfallLine {
  id: string;
  /** "Fallgrop 2: Bara projektets egna effekter" */
  title: string;
  text: string;
}

export interface SuccessText {
  /** One or two sentences, read aloud when they change (aria-live). */
  headline: string;
  /** What the group aims at, and where aim and follow-up do not meet. */
  levelLines: string[];
  /** Soft and hard values. */
  measureLines: string[];
  /** How many pitfalls are a risk; undefined when none is judged yet. */
  pitfallSummary: string | undefined;
  /** One line for each pitfall the group is in, partly in or does not know about. */
  pitfallLines: PitfallLine[];
  /** What the answers to the three evaluation questions say. */
  evaluationLines: string[];
  /** The sections to read next, the main one first. */
  readNext: ReadNext[];
}

/** ["a", "b", "c"] → "a, b och c" */
const levelRef = (l: SuccessLevel) => `nivå ${l.number} (${l.short})`;

function headline(model: SuccessModel, r: SuccessResult): string {
  const aimed = [...r.mainLevels, ...r.secondaryLevels].sort((a, b) => a.number - b.number);
  let aims: string;
  if (aimed.length > 0) aims = `Ni siktar på ${list(aimed.map(levelRef))}.`;
  else if (r.noLevel) aims = `Ni siktar inte på någon av de ${numberWord(model.levels.length)} nivåerna av framgång.`;
  else aims = 'Ni har ännu inte bestämt vilken nivå av framgång ni siktar på.';

  const judged = r.pitfalls.filter((p) => p.status === 'undviken' || p.status === 'delvis' || p.status === 'risk');
  if (judged.length === 0) return aims;
  const total = model.pitfalls.length;
  const risk = r.pitfalls.filter((p) => p.status === 'risk').length;
  const partly = r.pitfalls.filter((p) => p.status === 'delvis').length;
  if (risk === 0 && partly === 0) {
    return judged.length === total
      ? `${aims} Ni undviker alla ${numberWord(total)} fallgroparna.`
      : `${aims} Ni undviker de fallgropar ni har bedömt hittills.`;
  }
  const of = `av de ${numberWord(total)} fallgroparna`;
  let pits: string;
  if (risk > 0 && partly > 0)
    pits = `${capitalise(numberWord(risk))} ${of} är en risk för er, och ${numberWord(partly)} undviker ni bara delvis.`;
  else if (risk > 0) pits = `${capitalise(numberWord(risk))} ${of} är en risk för er.`;
  else pits = `${capitalise(numberWord(partly))} ${of} undviker ni bara delvis.`;
  return `${aims} ${pits}`;
}

function conflictLine(c: Conflict): string {
  switch (c.kind) {
    case 'ej-uppfoljd':
      return `Ni siktar på nivå ${c.level.number}, ${c.level.short}, men följer inte upp den: fallgrop ${c.pitfall.number}, ${c.pitfall.name.toLowerCase()}, är en risk för er. Ett mål som ingen följer upp styr inte arbetet.`;
    case 'mal-mot-vardering':
      return `Ni siktar på nivå ${c.level.number}, ${c.level.short}, men bedömer att arbetet går åt fel håll när det gäller ${list(c.bad.map((q) => q.topic))}. Målet och bedömningen går inte ihop – ta det samtalet först.`;
    case 'fel-niva':
      return (
        `Ni siktar inte på nivå ${c.level.number}, men bedömer att arbetet går åt fel håll när det gäller ${list(c.bad.map((q) => q.topic))}. ` +
        'Ett arbete kan lyckas på en nivå och misslyckas på en annan – som vården som lindrar en persons ryggsmärta men gör hen mer beroende av vården. Pröva om det räcker att lyckas på de lägre nivåerna.'
      );
    default:
      return '';
  }
}

function levelLines(model: SuccessModel, r: SuccessResult): string[] {
  const lines: string[] = [];
  if (r.mainLevels.length > 0) lines.push(`Som huvudmål har ni ${list(r.mainLevels.map(levelRef))}.`);
  if (r.secondaryLevels.length > 0) lines.push(`I andra hand siktar ni på ${list(r.secondaryLevels.map(levelRef))}.`);
  if (r.mainLevels.length + r.secondaryLevels.length >= 2) {
    lines.push('Nivåerna kan ge olika svar på om ni har lyckats. Bestäm i förväg hur ni väger dem mot varandra när arbetet ska bedömas.');
  }
  if (r.noLevel) {
    lines.push(
      'Om ingen av nivåerna är ett mål – vad ska arbetet då leda till? Skriv ner det, så att ledningsgrupp och team vet vart de ska.',
    );
  } else if (r.mainLevels.length + r.secondaryLevels.length === 0 && r.aims.some((a) => a.answer !== undefined)) {
    lines.push(
      'Bestäm före start vad som ska räknas som framgång. Utan det vet varken ledningsgruppen hur arbetet ska bedömas eller teamet vart det ska sikta.',
    );
  }
  if (r.unknownLevels.length > 0) {
    lines.push(
      `Ni vet inte om ${list(r.unknownLevels.map((l) => `nivå ${l.number}`))} hör till målen. Det är en fråga för ledningsgruppen att avgöra tillsammans.`,
    );
  }
  switch (r.stepMovement) {
    case 'ja':
      lines.push(
        'Ett steg åt rätt håll räknas också som framgång hos er – en stegförflyttning. Se till att ni har ett sätt att upptäcka och följa upp stegen.',
      );
      break;
    case 'delvis':
      lines.push(`Ett steg åt rätt håll räknas bara delvis. ${model.stepMovement.warning}`);
      break;
    case 'nej':
      lines.push(model.stepMovement.warning);
      break;
    case 'vet-inte':
      lines.push(
        'Ni vet inte om ett steg åt rätt håll räknas som framgång. Bestäm det, annars blir det arbete och studier som ensamma avgör.',
      );
      break;
    default:
      break;
  }
  for (const c of r.conflicts) lines.push(conflictLine(c));
  return lines;
}

function measureLines(model: SuccessModel, r: SuccessResult): string[] {
  const lines: string[] = [];
  switch (r.dimensions) {
    case 'bada':
      lines.push(
        r.soft.value === 2 && r.hard.value === 2
          ? 'Ni följer upp både mjuka och hårda värden.'
          : 'Ni följer upp både mjuka och hårda värden, men minst den ena sidan bara delvis.',
      );
      break;
    case 'bara-mjuka':
      lines.push('Ni följer upp mjuka värden men inga hårda. Då kan ni inte visa vad arbetet kostar och vad det sparar.');
      break;
    case 'bara-harda':
      lines.push('Ni följer upp hårda värden men inga mjuka. Då syns inte vad arbetet betyder för de människor det gäller.');
      break;
    case 'ingen':
      lines.push('Ni följer varken upp mjuka eller hårda värden. Då går det inte att visa om arbetet lyckas.');
      break;
    default:
      if (r.soft.unknown || r.hard.unknown)
        lines.push('Ni vet inte om alla slags värden följs upp. Ta reda på vad uppföljningen faktiskt innehåller.');
      else if (r.soft.value !== undefined || r.hard.value !== undefined)
        lines.push('Svara på frågorna om både mjuka och hårda värden, så visas om ni mäter i mer än en dimension.');
      break;
  }
  switch (r.separate) {
    case 'ja':
      lines.push('Ni håller isär mjuka och hårda värden, så att ingen effekt räknas två gånger eller döljs av en annan.');
      break;
    case 'delvis':
      lines.push(`Ni håller bara delvis isär mjuka och hårda värden. ${model.separate.warning}`);
      break;
    case 'nej':
      lines.push(model.separate.warning);
      break;
    case 'vet-inte':
      lines.push('Ni vet inte om värdena redovisas var för sig. Titta på hur er uppföljning sammanfattas innan den når beslutsfattarna.');
      break;
    default:
      break;
  }
  return lines;
}

function pitfallLine(p: PitfallCheck): PitfallLine[] {
  const title = `Fallgrop ${p.pitfall.number}: ${p.pitfall.name}`;
  switch (p.status) {
    case 'risk':
      return [{ id: p.pitfall.id, title, text: p.pitfall.warning }];
    case 'delvis':
      return [{ id: p.pitfall.id, title, text: `Bara delvis undviken. ${p.pitfall.warning}` }];
    case 'vet-inte':
      return [
        {
          id: p.pitfall.id,
          title,
          text: 'Ni vet inte – och det är i sig en varningssignal. Ta reda på hur er uppföljning ser ut på den här punkten.',
        },
      ];
    default:
      return [];
  }
}

function pitfallSummary(model: SuccessModel, r: SuccessResult): string | undefined {
  const judged = r.pitfalls.filter((p) => p.status !== undefined);
  if (judged.length === 0) return undefined;
  const total = model.pitfalls.length;
  const avoided = r.pitfalls.filter((p) => p.status === 'undviken').length;
  const open = total - judged.length;
  const rest =
    open === 0 ? '' : open === 1 ? ' En går inte att bedöma ännu.' : ` ${capitalise(numberWord(open))} går inte att bedöma ännu.`;
  if (avoided === total) return `Ni undviker alla ${numberWord(total)} fallgroparna. Pröva dem igen när målen eller uppföljningen ändras.`;
  if (avoided === 0) return `Ni undviker ingen av de ${numberWord(total)} fallgroparna.${rest}`;
  return `Ni undviker ${numberWord(avoided)} av ${numberWord(total)} fallgropar.${rest}`;
}

function evaluationLines(r: SuccessResult): string[] {
  return r.evaluation.flatMap((e) => {
    if (e.option) return [e.option.says];
    if (e.unknown)
      return [
        `${e.question.title} Det vet ni inte ännu. Bestäm hur ni ska kunna se det – annars går det inte att säga om arbetet bevarar eller förändrar systemen.`,
      ];
    return [];
  });
}

export function describeSuccess(model: SuccessModel, r: SuccessResult): SuccessText {
  const readNext: ReadNext[] = [model.readNext.levels];
  if (r.answered === 0) {
    return {
      headline: 'Svara på frågorna så visas här vad ni menar med framgång – och var er uppföljning kan lura er.',
      levelLines: [],
      measureLines: [],
      pitfallSummary: undefined,
      pitfallLines: [],
      evaluationLines: [],
      readNext,
    };
  }
  const lines = levelLines(model, r);
  const missing = r.total - r.answered;
  if (missing > 0)
    lines.unshift(
      `${missing} av ${r.total} frågor är obesvarade. En obesvarad fråga räknas inte, så bilden kan ändras när ni har svarat på allt.`,
    );
  const pitfallLines = r.pitfalls.flatMap(pitfallLine);
  const measures = measureLines(model, r);
  const evaluation = evaluationLines(r);

  if (pitfallLines.length > 0) readNext.push(model.readNext.pitfalls);
  const measureTrouble =
    (r.dimensions !== undefined && r.dimensions !== 'bada') ||
    r.soft.unknown ||
    r.hard.unknown ||
    (r.separate !== undefined && r.separate !== 'ja');
  if (measureTrouble) readNext.push(model.readNext.measures);
  const evaluationTrouble =
    r.evaluation.some((e) => e.unknown || (e.option !== undefined && e.option.direction !== 'bra')) ||
    r.conflicts.some((c) => c.kind !== 'ej-uppfoljd');
  if (evaluationTrouble) readNext.push(model.readNext.evaluation);

  return {
    headline: headline(model, r),
    levelLines: lines,
    measureLines: measures,
    pitfallSummary: pitfallSummary(model, r),
    pitfallLines,
    evaluationLines: evaluation,
    readNext,
  };
}
