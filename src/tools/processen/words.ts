// Var är vi i processen?'s result in words. Pure, so that every sentence a group may read is unit-tested.
import type { ReadNext } from '../shared/schema';
import type { PhaseTrack, ProcessModel } from './schema';
import { spanText, type Mismatch, type PhaseStatus, type ProcessResult, type TimeStatus } from './score';
import { capitalise, numberWord } from '../../lib/swedish';

export interface TimeLine {
  id: string;
  /** "Att forma ledningsgruppen" */
  title: string;
  /** "kortare än erfarenheten", "i linje med erfarenheten", "längre än erfarenheten", "okänd" */
  verdict: string;
  text: string;
}

export interface ProcessText {
  /** One or two sentences, read aloud when they change (aria-live). */
  headline: string;
  /** Where each track stands and what to watch, and how the two fit together. */
  phaseLines: string[];
  /** The hand-over, when there is something to say. */
  handoverLines: string[];
  /** One entry per answered duration of the time plan. */
  timeLines: TimeLine[];
  /** The sections to read next, the main ones first. */
  readNext: ReadNext[];
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function leadershipPhrase(s: PhaseStatus): string | undefined {
  if (s.phase) return `ledningsgruppen är i fas ${s.phase.number}, ${s.phase.name}`;
  return s.notStarted ? 'ni har ingen gemensam ledningsgrupp ännu' : undefined;
}

function projectPhrase(s: PhaseStatus): string | undefined {
  if (s.phase) return `projektet är i fas ${s.phase.number}, ${s.phase.name}`;
  return s.notStarted ? 'det konkreta arbetet har inte startat' : undefined;
}

function headline(r: ProcessResult): string {
  const parts: string[] = [];
  const phrases = [leadershipPhrase(r.leadership), projectPhrase(r.project)].filter((p): p is string => p !== undefined);
  if (phrases.length > 0) parts.push(`${capitalise(phrases.join(', och '))}.`);
  const judged = r.time.filter((t) => t.verdict !== undefined);
  const n = r.tooShort.length;
  const points = (k: number) => (k === 1 ? 'en punkt' : `${numberWord(k)} punkter`);
  if (n > 0) parts.push(`Tidsplanen är kortare än erfarenheten säger på ${points(n)}.`);
  else if (r.justOver.length > 0)
    parts.push(
      `Ingen del av tidsplanen är kortare än erfarenheten säger, men på ${points(r.justOver.length)} är den bara något längre än det som är för kort.`,
    );
  else if (judged.length > 0) parts.push('Ingen del av tidsplanen är kortare än erfarenheten säger.');
  if (parts.length > 0) return parts.join(' ');
  if (r.leadership.unknown || r.project.unknown || r.time.some((t) => t.unknown))
    return 'Ni vet ännu inte var ni står i processen eller hur lång tid ni har räknat med.';
  return 'Svara på frågorna om faserna och tidsplanen, så visas var ni står.';
}

function trackLines(track: PhaseTrack, s: PhaseStatus, who: 'ledningsgruppen' | 'projektet'): string[] {
  if (s.phase) return [`${capitalise(who)} – fas ${s.phase.number}, ${s.phase.name}. ${s.phase.focus}`, `Tänk på: ${s.phase.watch}`];
  if (s.notStarted) {
    return who === 'ledningsgruppen'
      ? [
          'Ni har ännu ingen gemensam ledningsgrupp. Börja där: det konkreta arbetet behöver uppdragsgivare som tar rollen som ledning tillsammans.',
        ]
      : [`Det konkreta arbetet har inte startat. När det gör det börjar det i fas 1, ${track.phases[0]?.name ?? ''}.`];
  }
  if (s.unknown) {
    return who === 'ledningsgruppen'
      ? [
          'Ni vet inte i vilken fas ledningsgruppen är. Jämför era svar – olika bilder av var ni står tyder på olika bilder av vad gruppen är till för.',
        ]
      : ['Ni vet inte i vilken fas projektet är. Fråga dem som gör arbetet, och se till att ledningsgruppen får veta det löpande.'];
  }
  return [];
}

function mismatchLine(model: ProcessModel, m: Mismatch, r: ProcessResult): string {
  const l = r.leadership.number ?? 0;
  const p = r.project.number ?? 0;
  switch (m) {
    case 'projekt-fore-ledning':
      return (
        `Det konkreta arbetet har startat medan ${l === 0 ? 'den gemensamma ledningsgruppen ännu inte finns' : `ledningsgruppen är i fas ${l}`}. ` +
        `Erfarenheten är att arbetet startar först i fas ${model.rules.workStartsIn}, när ledningen har en strategi och kan ge uppdrag, mandat och legitimitet. ` +
        'Se till att ledningen kommer ikapp – annars står teamet utan någon som kan bära det.'
      );
    case 'ledning-efter-projektet':
      return (
        `Projektet har kommit till fas ${p}, men ledningsgruppen är ännu inte i fas ${model.rules.learnIn}, där den utvärderar och lär. ` +
        'Det är nu erfarenheterna behöver tas om hand: vad ville ni, vad blev det, varför skilde det sig och vad lär ni er?'
      );
    case 'utvardering-utan-arbete':
      return `Ledningsgruppen är i fasen för att utvärdera och lära, men det konkreta arbetet har inte startat. Vad är det ni utvärderar? Kanske behöver ni gå tillbaka till fas ${model.rules.workStartsIn} och starta arbetet.`;
    default:
      return '';
  }
}

/** The time plan says how long the leadership group's first phases were given (some such check is answered with a band). */
function firstPhasesKnown(r: ProcessResult): boolean {
  return r.time.some((t) => t.check.firstPhases && t.band !== undefined);
}

function phaseLines(model: ProcessModel, r: ProcessResult): string[] {
  const lines = [...trackLines(model.leadership, r.leadership, 'ledningsgruppen'), ...trackLines(model.project, r.project, 'projektet')];
  lines.push(...r.mismatches.map((m) => mismatchLine(model, m, r)));
  if (r.mismatches.length === 0 && (r.leadership.number ?? 0) > 0 && (r.project.number ?? 0) > 0) {
    lines.push(
      r.firstPhasesShort
        ? 'Faserna ligger rätt i förhållande till varandra, men er tidsplan ger ledningsgruppens första faser mindre tid än erfarenheten säger. ' +
            'Har ni hoppat över eller pressat ihop dem – att ta rollen, bli en grupp och enas om en strategi – går spåren i takt bara på pappret.'
        : firstPhasesKnown(r)
          ? 'Ledningsgruppen och projektet går i takt: ledningen har kommit så långt som arbetet kräver.'
          : // Without the time plan nothing shows whether the first phases were gone through or skipped.
            'Faserna ligger rätt i förhållande till varandra. Om spåren verkligen går i takt beror på om ledningsgruppen har gått igenom sina första faser – tagit rollen, blivit en grupp och enats om en strategi – eller hoppat över dem. Svara på tidsplanen, så prövas det.',
    );
  }
  return lines;
}

function handoverLines(model: ProcessModel, r: ProcessResult): string[] {
  const p = r.project.number;
  const from = model.rules.handoverFrom;
  if (r.handoverDue) {
    switch (r.handover) {
      case 'ja':
        return ['Ni har börjat planera överlämningen till de ordinarie verksamheterna, och det är i tid.'];
      case 'delvis':
        return [
          `Överlämningen är bara delvis planerad, och projektet har nått fas ${p}. Gör planen färdig nu, medan erfarenheterna är färska och personalen finns kvar.`,
        ];
      case 'nej':
        return [
          `Projektet har nått fas ${p}, men ingen planerar överlämningen. Då riskerar erfarenheterna att försvinna när pengarna tar slut och personalen går vidare. ` +
            `Börja nu – planen borde komma i gång senast vid första revisionen, i fas ${from}.`,
        ];
      case 'vet-inte':
        return [
          `Ni vet inte om någon planerar överlämningen, och projektet har nått fas ${p}. Ta reda på det – det är ledningsgruppens ansvar.`,
        ];
      default:
        return [];
    }
  }
  switch (r.handover) {
    case 'ja':
      return ['Ni planerar redan hur det som fungerar ska leva vidare. Ju tidigare, desto större chans att det blir av.'];
    case 'delvis':
    case 'nej':
      return [
        `Börja planera överlämningen i god tid – senast när ni stannar upp och reviderar i fas ${from}. Annars blir det lätt ännu ett lyckat projekt som ingen minns.`,
      ];
    case 'vet-inte':
      return [`Ni vet inte om någon planerar överlämningen. Bestäm vem i ledningsgruppen som äger frågan, senast till fas ${from}.`];
    default:
      return [];
  }
}

const VERDICT_WORDS = {
  kortare: 'kortare än erfarenheten',
  knappt: 'bara något längre än det som är för kort',
  inom: 'i linje med erfarenheten',
  langre: 'längre än erfarenheten',
} as const;

function timeLine(t: TimeStatus): TimeLine[] {
  const c = t.check;
  const title = capitalise(c.topic);
  const span = c.expected ?? spanText(c.recommended);
  const expected = c.vulnerableOnly ? `För en målgrupp med sammansatta problem säger erfarenheten ${span}.` : `Erfarenheten säger ${span}.`;
  if (t.unknown)
    return [{ id: c.id, title, verdict: 'okänd', text: `Ni vet inte vad ni har räknat med. Gör en tidsplan för det. ${expected}` }];
  if (!t.band || !t.verdict) return [];
  const planned = `Ni räknar med ${lower(t.band.label)}. ${expected}`;
  if (t.verdict === 'kortare') {
    if (t.applies === 'nej')
      return [{ id: c.id, title, verdict: 'kortare, men målgruppen är inte sårbar', text: `${planned} ${c.notVulnerable ?? ''}`.trim() }];
    const caveat =
      t.applies === 'kanske'
        ? ' Det gäller om målgruppen har sammansatta problem – svara på frågan om målgruppen, så blir bedömningen säkrare.'
        : '';
    return [{ id: c.id, title, verdict: VERDICT_WORDS.kortare, text: `${planned} ${c.shorter}${caveat}` }];
  }
  if (t.verdict === 'knappt') {
    if (t.applies === 'nej')
      return [
        {
          id: c.id,
          title,
          verdict: 'längre än det som är för kort, och målgruppen är inte sårbar',
          text: `${planned} ${c.notVulnerable ?? ''}`.trim(),
        },
      ];
    const caveat =
      t.applies === 'kanske'
        ? ' Det gäller om målgruppen har sammansatta problem – svara på frågan om målgruppen, så blir bedömningen säkrare.'
        : '';
    return [{ id: c.id, title, verdict: VERDICT_WORDS.knappt, text: `${planned} ${c.justOver ?? ''}${caveat}` }];
  }
  const says = t.verdict === 'inom' ? c.within : (c.longer ?? '');
  return [{ id: c.id, title, verdict: VERDICT_WORDS[t.verdict], text: `${planned} ${says}`.trim() }];
}

export function describeProcess(model: ProcessModel, r: ProcessResult): ProcessText {
  const readNext: ReadNext[] = [model.readNext.leadership, model.readNext.project];
  if (r.answered === 0) {
    return {
      headline: 'Svara på frågorna så visas här var ni står i processen – och om tidsplanen håller.',
      phaseLines: [],
      handoverLines: [],
      timeLines: [],
      readNext,
    };
  }
  const lines = phaseLines(model, r);
  const missing = r.total - r.answered;
  if (missing > 0)
    lines.unshift(
      `${missing} av ${r.total} frågor är obesvarade. En obesvarad fråga räknas inte, så bilden kan ändras när ni har svarat på allt.`,
    );
  const handover = handoverLines(model, r);
  if (handover.length > 0 && r.handover !== 'ja') readNext.push(model.readNext.handover);
  for (const t of r.time) {
    if (
      (t.verdict === 'kortare' || t.verdict === 'knappt' || t.verdict === 'langre' || t.unknown) &&
      !readNext.some((x) => x.href === t.check.readNext.href)
    )
      readNext.push(t.check.readNext);
  }
  return { headline: headline(r), phaseLines: lines, handoverLines: handover, timeLines: r.time.flatMap(timeLine), readNext };
}
