// Where the check's answers place each core model: the ladder's level now and the target, the
// staircase's recommended step against the form, the iceberg's dominant zone, the weakest
// checklist area, the balance of the three sides, the levels of success aimed at and the phases.
// Each is read by the tool's own scoring over the model narrowed to what was asked (./narrow.ts),
// and told in a headline that does not reassure where it should not. Pure and client-safe.
import type { Answers } from '../../lib/answers';
import { fitTo } from '../../lib/items';
import { questionsOf } from '../derived';
import { list } from '../../lib/swedish';
import type { ChecklistsModel } from '../checklistor/schema';
import { scoreChecklists } from '../checklistor/score';
import type { SuccessModel } from '../framgang/schema';
import { scoreSuccess } from '../framgang/score';
import type { IcebergModel } from '../hindrens-isberg/schema';
import { scoreIceberg, type IcebergPattern, type ZoneLevel } from '../hindrens-isberg/score';
import type { ModelOf, Models, ToolId } from '../index';
import { toolMeta, toolPath } from '../meta';
import type { LadderModel } from '../ambitionstrappan/schema';
import { scoreLadder } from '../ambitionstrappan/score';
import { partlyOnTheWay } from '../ambitionstrappan/words';
import type { ProcessModel } from '../processen/schema';
import { scoreProcess, type Mismatch } from '../processen/score';
import type { StaircaseModel } from '../samverkanstrappan/schema';
import { scoreStaircase, type FormFit } from '../samverkanstrappan/score';
import type { RoleBalanceModel } from '../styra-stodja-lara/schema';
import { scoreRoleBalance, type Balance, type SideLevel } from '../styra-stodja-lara/score';
import { UNKNOWN } from '../shared/scale';
import { BANK } from './bank';
import { keptItems, narrowModel } from './narrow';

/** The models the check places, in the order the diagnosis shows them. */
export const PLACED_MODELS = [
  'ambitionstrappan',
  'samverkanstrappan',
  'hindrens-isberg',
  'checklistor',
  'styra-stodja-lara',
  'framgang',
  'processen',
] as const satisfies readonly ToolId[];
export type PlacedModel = (typeof PLACED_MODELS)[number];

interface StandingBase<K extends PlacedModel> {
  tool: K;
  /** the tool's name */
  name: string;
  /** the deep-dive tool's page */
  href: string;
  /** where you stand, in one honest sentence */
  headline: string;
  /** false when the answers are too few (or only "vet inte") to place the model */
  placed: boolean;
  /** the check's questions on this model, how many are answered, how many "vet inte" */
  asked: number;
  answered: number;
  unknown: number;
}

export interface LadderStanding extends StandingBase<'ambitionstrappan'> {
  /** 0 when level 1 is not met */
  current: number;
  /** the level reached when "delvis" counts as partly met (≥ current) */
  partly: number;
  target: number | undefined;
  leads: boolean;
}
export interface StaircaseStanding extends StandingBase<'samverkanstrappan'> {
  /** one step, or two neighbouring steps when the need lies halfway */
  recommended: number[];
  form: number | undefined;
  undecided: boolean;
  fit: FormFit | undefined;
}
export interface IcebergStanding extends StandingBase<'hindrens-isberg'> {
  /** the zone(s) weighing heaviest, top to bottom; empty when nothing is rated above 0 */
  dominant: { id: string; title: string }[];
  pattern: IcebergPattern;
  zones: { id: string; title: string; mean: number | undefined; level: ZoneLevel | undefined }[];
}
export interface ChecklistsStanding extends StandingBase<'checklistor'> {
  /** the weakest area(s) among those the answers judge */
  weakest: { id: string; title: string }[];
  /** the band's word ("svag", "ojämn", "stark") */
  band: string | undefined;
}
export interface RolesStanding extends StandingBase<'styra-stodja-lara'> {
  sides: { id: string; name: string; mean: number | undefined; level: SideLevel | undefined }[];
  balance: Balance;
}
export interface SuccessStanding extends StandingBase<'framgang'> {
  /** each asked level of success and the answer: huvudmal, andra-hand, nej, vet-inte or undefined */
  aims: { id: string; name: string; answer: string | undefined }[];
}
export interface ProcessStanding extends StandingBase<'processen'> {
  /** 0 = not started; undefined = unknown or unanswered */
  leadership: number | undefined;
  project: number | undefined;
  mismatches: Mismatch[];
}
export type Standing =
  LadderStanding | StaircaseStanding | IcebergStanding | ChecklistsStanding | RolesStanding | SuccessStanding | ProcessStanding;

export type AnswersByTool = Partial<Record<ToolId, Answers>>;

function base<K extends PlacedModel>(tool: K, answers: Answers): Omit<StandingBase<K>, 'headline' | 'placed'> {
  const asked = BANK.filter((b) => b.tool === tool).map((b) => b.item);
  return {
    tool,
    name: toolMeta(tool)?.name ?? tool,
    href: toolPath(tool),
    asked: asked.length,
    answered: asked.filter((id) => answers[id] !== undefined).length,
    unknown: asked.filter((id) => answers[id] === UNKNOWN).length,
  };
}

/** The model narrowed to what was asked or answered (see ./narrow.ts). */
export function checkModel<K extends ToolId>(tool: K, model: ModelOf<K>, answers: Answers | undefined): ModelOf<K> {
  const asked = BANK.filter((b) => b.tool === tool).map((b) => b.item);
  return narrowModel(tool, model, keptItems(asked, answers));
}

const NOT_ANSWERED = 'Inte besvarat ännu.';

function ladder(model: LadderModel, answers: Answers): LadderStanding {
  const r = scoreLadder(model, answers);
  const b = base('ambitionstrappan', answers);
  const name = (n: number) => `nivå ${n}, ${model.levels[n - 1]?.name ?? ''}`;
  const placed = r.answered > 0 && (r.current > 0 || r.partly > 0 || r.levels[0]!.open.some((d) => d.answer === 'nej'));
  let headline: string;
  if (r.answered === 0) headline = NOT_ANSWERED;
  else if (!placed) headline = 'Det går inte att säga var ledningsgruppen står: svaren om nivå 1 fattas eller är ”vet inte”.';
  else if (r.partly > r.current) {
    const partly = list(partlyOnTheWay(r).map((d) => d.criterion.label));
    headline =
      r.current > 0
        ? `Ledningsgruppen står på ${name(r.current)}, och delvis på ${name(r.partly)}: ${partly} finns bara delvis.`
        : `Ledningsgruppen står delvis på ${name(r.partly)}: ${partly} finns bara delvis.`;
  } else headline = r.current > 0 ? `Ledningsgruppen står på ${name(r.current)}.` : `Ledningsgruppen når ännu inte ${name(1)}.`;
  if (placed && r.target !== undefined) {
    headline += r.target <= r.current ? ` Ni siktar på nivå ${r.target}, och den har ni nått.` : ` Ni siktar på ${name(r.target)}.`;
  } else if (placed) headline += ' Vilken nivå ni siktar på är inte besvarat.';
  return { ...b, headline, placed, current: r.current, partly: r.partly, target: r.target, leads: r.leads };
}

function staircase(model: StaircaseModel, answers: Answers): StaircaseStanding {
  const r = scoreStaircase(model, answers);
  const b = base('samverkanstrappan', answers);
  const step = (n: number) => `steg ${n}, ${model.steps[n - 1]?.short ?? ''}`;
  const placed = r.recommended.length > 0;
  let headline: string;
  if (b.answered === 0) headline = NOT_ANSWERED;
  else if (!placed)
    headline = 'Det går inte att säga vilket steg som passar: svaren om målgruppen och stödet som finns fattas eller är ”vet inte”.';
  else {
    const rec = r.recommended.length === 1 ? step(r.recommended[0]!) : `steg ${r.recommended.join(' eller ')}`;
    const form = r.form.chosen;
    headline = `Behovet pekar på ${rec}. `;
    if (form === undefined) headline += r.form.undecided ? 'Ni har inte bestämt någon form ännu.' : 'Vilken form ni har är inte besvarat.';
    else if (r.form.fit === 'passar') headline += `Er form, ${step(form)}, stämmer med det.`;
    else {
      const steps = r.form.distance === 1 ? 'ett steg' : `${r.form.distance} steg`;
      headline += `Er form, ${step(form)}, ligger ${steps} ${r.form.fit === 'under' ? 'under' : 'över'} det.`;
    }
  }
  return { ...b, headline, placed, recommended: r.recommended, form: r.form.chosen, undecided: r.form.undecided, fit: r.form.fit };
}

function iceberg(model: IcebergModel, answers: Answers): IcebergStanding {
  const r = scoreIceberg(model, answers);
  const b = base('hindrens-isberg', answers);
  const placed = r.rated > 0;
  // "Ovanför ytan – formella hinder" → "ovanför ytan": the place, to stand after "hindren".
  const zoneName = (t: string) => (t.split(' – ')[0] ?? t).toLowerCase();
  let headline: string;
  if (b.answered === 0) headline = NOT_ANSWERED;
  else if (!placed) headline = 'Det går inte att säga var hindren ligger: alla svar om hinder är ”vet inte”.';
  else if (r.dominant.length === 0) headline = 'Inget av hindren kollen frågar om är skattat över 0.';
  else if (r.dominant.length === r.zones.length) {
    const level = r.dominant[0]!.level;
    headline =
      level === 'high'
        ? 'Hindren är starka i alla tre zonerna – ovanför ytan, i vattenbrynet och under ytan.'
        : level === 'low'
          ? 'Hindren väger lika i alla tre zonerna, och de är svaga.'
          : 'Hindren väger lika i alla tre zonerna, och de är måttliga.';
  } else {
    const top = r.dominant.map((z) => zoneName(z.zone.title));
    const level = r.dominant[0]!.level;
    const strength = level === 'high' ? 'starka' : level === 'medium' ? 'måttliga' : 'svaga';
    headline = `Tyngst väger hindren ${list(top)}, och de är ${strength}.`;
    if (r.pattern === 'formal-only') headline += ' När bara de formella hindren syns är frågan vad som egentligen står i vägen.';
  }
  return {
    ...b,
    headline,
    placed,
    dominant: r.dominant.map((z) => ({ id: z.zone.id, title: z.zone.title })),
    pattern: r.pattern,
    zones: r.zones.map((z) => ({ id: z.zone.id, title: z.zone.title, mean: z.mean, level: z.level })),
  };
}

function checklists(model: ChecklistsModel, answers: Answers): ChecklistsStanding {
  const r = scoreChecklists(model, answers);
  const b = base('checklistor', answers);
  const placed = r.weakest.length > 0;
  let headline: string;
  if (b.answered === 0) headline = NOT_ANSWERED;
  else if (!placed) headline = 'Det går inte att säga vilket område som är svagast: svaren är ”vet inte”.';
  else {
    const names = list(r.weakest.map((a) => a.area.title.toLowerCase()));
    headline =
      r.band?.id === model.bands[0]?.id
        ? `Alla områden kollen frågar om är starka; ${r.weakest.length > 1 ? 'lägst ligger' : 'lägst ligger'} ${names}.`
        : `Svagast av de områden kollen frågar om: ${names} – ${r.band?.label ?? ''}.`;
  }
  return {
    ...b,
    headline,
    placed,
    weakest: r.weakest.map((a) => ({ id: a.area.id, title: a.area.title })),
    band: r.band?.label,
  };
}

function roles(model: RoleBalanceModel, answers: Answers): RolesStanding {
  const r = scoreRoleBalance(model, answers);
  const b = base('styra-stodja-lara', answers);
  const rated = r.sides.filter((s) => s.mean !== undefined);
  const placed = rated.length > 0;
  const verbs = (sides: typeof rated) => list(sides.map((s) => s.side.verb));
  let headline: string;
  if (b.answered === 0) headline = NOT_ANSWERED;
  else if (!placed) headline = 'Det går inte att säga hur ledningsgruppen leder: svaren om rollerna är ”vet inte”.';
  else if (rated.every((s) => s.level === 'weak'))
    headline = `Ledningsgruppen gör lite av ${rated.length === r.sides.length ? 'alla tre sidorna' : verbs(rated)} – svagt överallt är ingen balans.`;
  else if (r.balance === 'uneven') headline = `Tyngdpunkten ligger på ${verbs(r.strongest)}; svagast är ${verbs(r.weakest)}.`;
  else {
    const weak = rated.filter((s) => s.level === 'weak');
    headline =
      weak.length > 0
        ? `Sidorna ligger nära varandra, men ingen är stark: ${verbs(weak)} görs bara i liten grad.`
        : rated.every((s) => s.level === 'strong')
          ? 'Ledningsgruppen styr, stöder och lär i ungefär lika hög grad.'
          : 'Sidorna väger ungefär lika, men ingen av dem är stark.';
  }
  if (placed && rated.length < r.sides.length) headline += ` (${rated.length} av ${r.sides.length} sidor skattade.)`;
  return {
    ...b,
    headline,
    placed,
    balance: r.balance,
    sides: r.sides.map((s) => ({ id: s.side.id, name: s.side.name, mean: s.mean, level: s.level })),
  };
}

function success(model: SuccessModel, answers: Answers): SuccessStanding {
  const r = scoreSuccess(model, answers);
  const b = base('framgang', answers);
  const asked = new Set(BANK.filter((x) => x.tool === 'framgang').map((x) => x.item));
  const aims = r.aims
    .filter((a) => asked.has(a.level.id) || a.answer !== undefined)
    .map((a) => ({ id: a.level.id, name: a.level.name, answer: a.answer }));
  const placed = aims.some((a) => a.answer !== undefined && a.answer !== UNKNOWN);
  const shortOf = (id: string) => model.levels.find((l) => l.id === id)?.short ?? id;
  const main = aims.filter((a) => a.answer === 'huvudmal').map((a) => shortOf(a.id));
  const second = aims.filter((a) => a.answer === 'andra-hand').map((a) => shortOf(a.id));
  const not = aims.filter((a) => a.answer === 'nej').map((a) => shortOf(a.id));
  let headline: string;
  if (b.answered === 0 && aims.every((a) => a.answer === undefined)) headline = NOT_ANSWERED;
  else if (!placed) headline = 'Det går inte att säga vad ni menar med framgång: svaren är ”vet inte”.';
  else {
    const parts = [
      main.length ? `Huvudmål: ${list(main)}.` : '',
      second.length ? `I andra hand: ${list(second)}.` : '',
      not.length ? `Inte ett mål: ${list(not)}.` : '',
    ];
    headline = parts.filter(Boolean).join(' ');
  }
  return { ...b, headline, placed, aims };
}

function process(model: ProcessModel, answers: Answers): ProcessStanding {
  const r = scoreProcess(model, answers);
  const b = base('processen', answers);
  const l = r.leadership.number;
  const p = r.project.number;
  const placed = l !== undefined || p !== undefined;
  const phaseWords = (n: number | undefined, track: ProcessModel['leadership'], who: string) =>
    n === undefined
      ? `${who}s fas är okänd`
      : n === 0
        ? `${who} har inte startat`
        : `${who} är i fas ${n}, ${track.phases[n - 1]?.name.toLowerCase() ?? ''}`;
  let headline: string;
  if (b.answered === 0) headline = NOT_ANSWERED;
  else if (!placed) headline = 'Det går inte att säga var ni är i processen: svaren är ”vet inte”.';
  else {
    headline = `${phaseWords(l, model.leadership, 'Ledningsgruppen')}; ${phaseWords(p, model.project, 'projektet')}.`;
    if (r.mismatches.includes('projekt-fore-ledning')) headline += ' Arbetet har startat innan ledningen kan bära det.';
    else if (r.mismatches.includes('ledning-efter-projektet'))
      headline += ' Ledningen har inte börjat utvärdera och lära, fast projektet har kommit långt.';
    else if (r.mismatches.includes('utvardering-utan-arbete')) headline += ' Ledningen utvärderar, men inget konkret arbete har startat.';
  }
  return { ...b, headline, placed, leadership: l, project: p, mismatches: r.mismatches };
}

/** Every core model's standing, from the answers in each tool's store (the check's and any others). */
export function standings(answersByTool: AnswersByTool, models: Models): Standing[] {
  const a = (t: ToolId) => fitTo(answersByTool[t] ?? {}, questionsOf(t, models[t] as never));
  const m = <K extends ToolId>(t: K) => checkModel(t, models[t], a(t));
  return [
    ladder(m('ambitionstrappan'), a('ambitionstrappan')),
    staircase(m('samverkanstrappan'), a('samverkanstrappan')),
    iceberg(m('hindrens-isberg'), a('hindrens-isberg')),
    checklists(m('checklistor'), a('checklistor')),
    roles(m('styra-stodja-lara'), a('styra-stodja-lara')),
    success(m('framgang'), a('framgang')),
    process(m('processen'), a('processen')),
  ];
}
