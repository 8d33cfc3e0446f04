// Samverkanstrappan's result in words. Pure, so that every sentence a group may read is unit-tested.
import type { ReadNext } from '../shared/schema';
import type { StaircaseModel } from './schema';
import { CARRY_KINDS, NEED_KINDS, type FactorKind, type FactorStatus, type StaircaseResult } from './score';
import { capitalise, list, numberWord } from '../../lib/swedish';

export interface KeyLine {
  id: string;
  title: string;
  text: string;
}

export interface StaircaseText {
  /** One or two sentences, read aloud when they change (aria-live). */
  headline: string;
  /** Why the step, whether the parts are in harmony, how the group's form compares. */
  lines: string[];
  /** A warning for each key question not answered "ja". */
  keyLines: KeyLine[];
  /** A word on the key questions as a whole; undefined when none is answered. */
  keySummary: string | undefined;
  /** What is missing of the requirements common to every step, one line each. */
  requirementLines: KeyLine[];
  /** The requirements as a whole; undefined when none is answered. */
  requirementSummary: string | undefined;
  /** The sections to read next, the main one first. */
  readNext: ReadNext[];
}

/** 2 → "två" (for the small numbers the rule uses); larger numbers as digits. */
export const inWords = (n: number): string => numberWord(n, 'ett');
const stepsWord = (n: number): string => (n === 1 ? 'ett steg' : `${inWords(n)} steg`);

/** The rule's explanation with the model's gap written in, as shown on the page. */
export function ruleText(model: StaircaseModel): string[] {
  return model.rule.explanation.map((s) => s.replaceAll('{avstand}', inWords(model.rule.gap)));
}

const stepName = (m: StaircaseModel, n: number): string => `steg ${n}, ${m.steps[n - 1]?.name ?? ''}`;

/** A mean step in words: 3 → "steg 3", 3.5 → "steg 3 eller 4". */
function stepOrSteps(score: number): string {
  return Number.isInteger(score) ? `steg ${score}` : `steg ${Math.floor(score)} eller ${Math.ceil(score)}`;
}

function recommendation(m: StaircaseModel, steps: number[]): string {
  const [a, b] = steps;
  if (a === undefined) return '';
  if (b === undefined) return `Behovet pekar mot ${stepName(m, a)}.`;
  return `Behovet pekar mot steg ${a} eller ${b}: ${m.steps[a - 1]?.name} eller ${m.steps[b - 1]?.name}.`;
}

/** The answers behind a side (need or carry), and a note when one of the two is missing. */
function basis(r: StaircaseResult, kinds: readonly FactorKind[]): { pointing: FactorStatus[]; missing: FactorStatus[] } {
  const all = kinds.map((k) => r.factors[k]);
  return { pointing: all.filter((f) => f.option), missing: all.filter((f) => !f.option) };
}

function missingReason(f: FactorStatus): string {
  return f.unknown
    ? `ni inte vet hur det är med ${f.factor.topic}. Ta reda på det – svaret kan flytta förslaget`
    : `frågan om ${f.factor.topic} är obesvarad`;
}

function needLines(r: StaircaseResult): string[] {
  const { pointing, missing } = basis(r, NEED_KINDS);
  const [a, b] = pointing;
  const lines: string[] = [];
  if (a) {
    lines.push(
      b
        ? `Ert svar om ${a.factor.topic} pekar mot steg ${a.option?.step}, och ert svar om ${b.factor.topic} mot steg ${b.option?.step}.`
        : `Ert svar om ${a.factor.topic} pekar mot steg ${a.option?.step}.`,
    );
  }
  if (r.recommended.length === 2) lines.push('Det hamnar mitt emellan två steg, så båda kan passa. Välj utifrån vad ni kan bära.');
  for (const f of missing) lines.push(`Förslaget bygger bara på ett av svaren, eftersom ${missingReason(f)}.`);
  return lines;
}

function balanceLines(r: StaircaseResult): string[] {
  const lines: string[] = [];
  const { pointing, missing } = basis(r, CARRY_KINDS);
  if (r.need !== undefined) {
    if (r.carry === undefined) {
      lines.push(
        missing.every((f) => f.unknown)
          ? 'Ni vet ännu inte vilka resurser och vilken ambition ni har. Utan dem går det inte att pröva om steget är realistiskt för er.'
          : 'Svara också på frågorna om resurser och ambition, så prövar verktyget om ni kan bära steget.',
      );
    } else {
      const subject =
        pointing.length === 2
          ? 'Era resurser och er ambition räcker till'
          : pointing[0]?.factor.kind === 'resurser'
            ? 'Era resurser räcker till'
            : 'Er ambition pekar mot';
      const can = `${subject} ${Number.isInteger(r.carry) ? 'ungefär ' : ''}${stepOrSteps(r.carry)}`;
      const need = `behovet pekar mot ${stepOrSteps(r.need)}`;
      const outOfHarmony = 'Ambition, problem, uppdrag och resurser är inte i harmoni.';
      const pulling = r.wishVsPay === 'mer-onskat' || r.wishVsPay === 'mer-avsatt';
      switch (r.harmony) {
        case 'i-harmoni':
          lines.push(
            pulling
              ? `${can}, i nivå med behovet. Men ambitionen och resurserna drar åt olika håll, och det är bara i medeltal som de möter behovet.`
              : `${can}. Det stämmer med behovet: problem, ambition, uppdrag och resurser är i harmoni.`,
          );
          break;
        case 'nagot-under':
          lines.push(
            pulling
              ? `${can}, en bit under behovet. Dessutom drar ambitionen och resurserna åt olika håll.`
              : `${can}, en bit under behovet. Det är nästan i harmoni, men se över om uppdraget kan avgränsas eller om ni kan lägga till något mer.`,
          );
          break;
        case 'nagot-over':
          lines.push(
            pulling
              ? `${can}, en bit över behovet. Dessutom drar ambitionen och resurserna åt olika håll.`
              : `${can}, en bit över behovet. Det ger marginal, men se till att arbetet inte blir dyrare än problemet kräver.`,
          );
          break;
        case 'for-lite':
          lines.push(
            `${can}, medan ${need}. ${outOfHarmony} Med för lite resurser för problemet är misslyckandet inbyggt från början. ` +
              'Skjut till tid, personal och pengar – eller avgränsa målgruppen och uppdraget till något ni kan bära.',
          );
          break;
        case 'for-mycket':
          lines.push(
            `${can}, medan ${need}. ${outOfHarmony} Ni riskerar att bygga något större och dyrare än problemet kräver. ` +
              'Pröva om ett lägre steg räcker, eller om målgruppen har större behov än ni har beskrivit.',
          );
          break;
        default:
          break;
      }
      for (const f of missing)
        lines.push(`Det ni kan bära bygger bara på ett av svaren, eftersom ${missingReason(f).replace(' förslaget', ' bedömningen')}.`);
    }
  }
  const ambition = r.factors.ambition.option?.step;
  const resources = r.factors.resurser.option?.step;
  if (r.wishVsPay === 'mer-onskat') {
    lines.push(
      `Er ambition pekar mot steg ${ambition}, men resurserna räcker till steg ${resources}. Ambition och resurser är inte i harmoni. Det är den klassiska bilden: ni vill ha en Rolls-Royce men har avsatt pengar för en begagnad Volkswagen. ` +
        'Sänk ambitionen eller skjut till mer tid, personal och pengar.',
    );
  } else if (r.wishVsPay === 'mer-avsatt') {
    lines.push(
      `Resurserna räcker till steg ${resources}, men ambitionen stannar vid steg ${ambition}. Ambition och resurser är inte i harmoni. Antingen kan ni sikta högre, eller så kan en del av resurserna göra mer nytta någon annanstans.`,
    );
  }
  return lines;
}

function formLines(m: StaircaseModel, r: StaircaseResult): string[] {
  const f = r.form;
  const lines: string[] = [];
  const first = r.recommended[0];
  if (f.undecided) {
    lines.push(
      first === undefined
        ? 'Ni har inte bestämt form ännu. Svara på frågorna om behovet, så ser ni vilket steg ni kan utgå från.'
        : `Ni har inte bestämt form ännu. Utgå från ${r.recommended.length === 2 ? `steg ${first} eller ${r.recommended[1]}` : `steg ${first}`} när ni väljer, och pröva valet mot era resurser och er ambition.`,
    );
  } else if (f.unknown) {
    lines.push(
      'Vilken form samverkan har eller ska få vet du inte. Fråga den som gav uppdraget – formen avgör vad arbetet kostar och vad det klarar.',
    );
  } else if (f.chosen === undefined) {
    if (first !== undefined) lines.push('Ange också vilken form ni har eller planerar, så jämförs den med förslaget.');
  } else {
    const yours = `Er form är ${stepName(m, f.chosen)}.`;
    switch (f.fit) {
      case 'passar':
        lines.push(`${yours} Den passar behovet – varken mer eller mindre än problemet kräver.`);
        break;
      case 'under':
        lines.push(
          `${yours} Det är ${stepsWord(f.distance)} lägre än behovet, så formen är underdimensionerad: en begagnad Volkswagen för en resa som kräver mer. ` +
            'Då är misslyckandet inbyggt från början – hur skickliga deltagarna än är räcker formen inte till för målgruppens problem.',
        );
        break;
      case 'over':
        lines.push(
          `${yours} Det är ${stepsWord(f.distance)} högre än behovet, så formen är överdimensionerad: en Rolls-Royce för att köra till brevlådan. ` +
            'Den kostar mer än problemet kräver, och resurserna kunde ha gjort nytta någon annanstans.',
        );
        break;
      default:
        lines.push(`${yours} Den jämförs med förslaget när ni har svarat på frågorna om behovet.`);
        break;
    }
    if (f.beyondResources) {
      lines.push(
        `Steg ${f.chosen} kostar mer än de resurser ni har beskrivit, som räcker till ungefär steg ${r.factors.resurser.option?.step}. Räkna på vad formen kräver innan ni bestämmer er.`,
      );
    }
  }
  return lines;
}

function keyLines(r: StaircaseResult): KeyLine[] {
  return r.keyQuestions.flatMap(({ question: q, answer }) => {
    switch (answer) {
      case 'nej':
        return [{ id: q.id, title: q.title, text: q.warning }];
      case 'delvis':
        return [{ id: q.id, title: q.title, text: `Bara delvis på plats. ${q.warning}` }];
      case 'vet-inte':
        return [{ id: q.id, title: q.title, text: `Ni vet inte – och det är i sig en varningssignal. ${q.check}` }];
      default:
        return [];
    }
  });
}

function requirementLines(r: StaircaseResult): KeyLine[] {
  return r.requirements.flatMap(({ requirement: q, answer }) => {
    switch (answer) {
      case 'nej':
        return [{ id: q.id, title: `${q.title} saknas`, text: q.missing }];
      case 'delvis':
        return [{ id: q.id, title: `${q.title} finns bara delvis`, text: q.missing }];
      case 'vet-inte':
        return [
          { id: q.id, title: `${q.title}: ni vet inte`, text: `Ta reda på det – kravet gäller vilket steg ni än väljer. ${q.missing}` },
        ];
      default:
        return [];
    }
  });
}

function requirementSummary(r: StaircaseResult): string | undefined {
  const answered = r.requirements.filter((k) => k.answer !== undefined);
  if (answered.length === 0) return undefined;
  const total = r.requirements.length;
  const named = (ks: typeof answered) => list(ks.map((k) => k.requirement.title.toLowerCase()));
  const open = total - answered.length;
  const rest =
    open === 0 ? '' : open === 1 ? ' Ett av kraven är obesvarat.' : ` ${capitalise(numberWord(open, 'ett'))} av kraven är obesvarade.`;
  if (answered.every((k) => k.answer === 'ja')) {
    return open === 0
      ? `Alla ${inWords(total)} kraven som gäller på varje steg finns på plats: ${named(answered)}.`
      : `Det ni har svarat på av kraven finns på plats.${rest}`;
  }
  const missing = r.missing;
  if (missing.length === 0) return `Inget av kraven saknas, men ni vet inte allt.${rest}`;
  return `Det här saknas, vilket steg ni än väljer: ${named(missing)}.${rest}`;
}

/** A sentence for the headline when a requirement is answered "nej". */
function missingSentence(r: StaircaseResult): string {
  const no = r.missing.filter((k) => k.answer === 'nej');
  if (no.length === 0) return '';
  return ` ${capitalise(list(no.map((k) => k.requirement.title.toLowerCase())))} saknas – och ${no.length === 1 ? 'det' : 'de'} behövs vilket steg ni än väljer.`;
}

function keySummary(r: StaircaseResult): string | undefined {
  const answered = r.keyQuestions.filter((k) => k.answer !== undefined);
  if (answered.length === 0) return undefined;
  const yes = answered.filter((k) => k.answer === 'ja').length;
  const total = r.keyQuestions.length;
  if (yes === total)
    return `Ni har svarat ja på alla ${inWords(total)} nyckelfrågorna. Pröva dem igen när personer, uppdrag eller form ändras – de kommer tillbaka.`;
  const open = total - answered.length;
  const rest = open === 0 ? '' : open === 1 ? ' En är obesvarad.' : ` ${open} är obesvarade.`;
  if (yes === 0) return `Ingen av nyckelfrågorna har ni kunnat svara ja på.${rest} Varningarna gäller vilken form ni än väljer.`;
  return `Ni har svarat ja på ${yes} av ${total} nyckelfrågor.${rest}`;
}

export function describeStaircase(model: StaircaseModel, r: StaircaseResult): StaircaseText {
  const readNext: ReadNext[] = [model.readNext.choice];
  if (r.answered === 0) {
    return {
      headline: 'Svara på frågorna så visas här vilket steg på samverkanstrappan som passar er.',
      lines: [],
      keyLines: [],
      keySummary: undefined,
      requirementLines: [],
      requirementSummary: undefined,
      readNext,
    };
  }
  let headline: string;
  if (r.recommended.length > 0) {
    const verdict = {
      passar: ' Er form passar behovet.',
      under: ' Er form är underdimensionerad.',
      over: ' Er form är överdimensionerad.',
    };
    headline = recommendation(model, r.recommended) + (r.form.fit ? verdict[r.form.fit] : '');
  } else if (NEED_KINDS.every((k) => r.factors[k].unknown)) {
    headline = 'Verktyget kan inte föreslå något steg förrän ni vet mer om målgruppen och om luckorna i insatskedjan.';
  } else {
    headline = 'Svara på frågorna om målgruppen och om luckorna i insatskedjan, så föreslår verktyget ett steg.';
  }

  const lines: string[] = [];
  const missing = r.total - r.answered;
  if (missing > 0)
    lines.push(
      `${missing} av ${r.total} frågor är obesvarade. En obesvarad fråga räknas inte, så förslaget kan ändras när ni har svarat på allt.`,
    );
  if (r.recommended.length > 0) lines.push(...needLines(r));
  lines.push(...balanceLines(r), ...formLines(model, r));
  if (r.recommended.length > 0)
    lines.push('Ett högre steg är inte automatiskt bättre. Steget ska passa problemet, och varje steg uppåt kostar mer.');

  headline += missingSentence(r);
  const keys = keyLines(r);
  const requirements = requirementLines(r);
  const outOfBalance =
    r.harmony === 'for-lite' ||
    r.harmony === 'for-mycket' ||
    (r.wishVsPay !== undefined && r.wishVsPay !== 'i-harmoni') ||
    r.form.beyondResources;
  if (outOfBalance) readNext.push(model.readNext.balance);
  if (requirements.length > 0) readNext.push(model.readNext.requirements);
  if (keys.length > 0) readNext.push(model.readNext.keyQuestions);
  if (r.form.undecided) readNext.push(model.readNext.steps);
  return {
    headline,
    lines,
    keyLines: keys,
    keySummary: keySummary(r),
    requirementLines: requirements,
    requirementSummary: requirementSummary(r),
    readNext,
  };
}
