// Samverkanskollen's diagnosis: the most severe findings across every tool's rules and the
// check's own, and where each core model stands. Computed in the browser from the answers in the
// tools' stores (the check writes into them) and the models a page passes as props – the same way
// Min självskattning computes its reports. Pure and client-safe.
import type { Answers } from '../../lib/answers';
import { problems, rankFindings, type Finding } from '../../lib/findings';
import { fitTo } from '../../lib/items';
import { answersBehind } from '../shared/findings';
import { UNKNOWN } from '../shared/scale';
import { questionsOf, reportFor } from '../derived';
import { TOOL_IDS, type Models, type ToolId } from '../index';
import { toolPath } from '../meta';
import { BANK, type BankEntry } from './bank';
import { RULES } from './findings';
import { meta } from './meta';
import { checkModel, standings, type AnswersByTool, type Standing } from './standings';

export type { AnswersByTool, Standing } from './standings';

/** A finding as the diagnosis shows it: with the deep-dive tool it comes from. */
export interface DiagnosisFinding extends Finding {
  /** the tool whose rule fired (the check's own rules: samverkanskollen) */
  toolId: ToolId;
  /** the deep-dive tool's page */
  toolHref: string;
}

export interface Diagnosis {
  /** The three to five most severe problems, ranked; what you do not know among them when it applies. */
  findings: DiagnosisFinding[];
  /** Every problem found, ranked (findings is the head of this list, give or take the unknown). */
  all: DiagnosisFinding[];
  /** What holds (styrka), ranked. */
  strengths: DiagnosisFinding[];
  /** Where each core model stands. */
  standings: Standing[];
  /** The check's progress: questions answered of all in the bank. */
  answered: number;
  total: number;
  /** The check's questions answered "vet inte". */
  unknown: BankEntry[];
}

/** The most problems the diagnosis puts first. */
export const TOP = 5;

const tag = (toolId: ToolId, f: Finding): DiagnosisFinding => ({ ...f, toolId, toolHref: toolPath(toolId) });
const answerOf = (answers: AnswersByTool, b: BankEntry) => answers[b.tool]?.[b.item];

/** Every tool's findings over its answers, each tool read with its model narrowed to what was asked. */
function toolFindings(answers: AnswersByTool, models: Models): DiagnosisFinding[] {
  return TOOL_IDS.flatMap((id) => {
    const given = answers[id];
    if (!given || Object.keys(given).length === 0) return [];
    const model = checkModel(id, models[id], fitTo(given, questionsOf(id, models[id] as never)));
    return reportFor(id, model as never, given).findings.map((f) => tag(id, f));
  });
}

/** "Question – answer" for answers in another tool than the check's own. */
function behind(models: Models, answers: AnswersByTool, tool: ToolId, ids: readonly string[]): string[] {
  return answersBehind(questionsOf(tool, models[tool] as never), answers[tool] ?? {}, ids);
}

/** Someone takes part because they were ordered to: the will to be there answered "nej" anywhere it is asked. */
function orderedFinding(answers: AnswersByTool, models: Models): DiagnosisFinding[] {
  const where: [ToolId, string][] = [
    ['ambitionstrappan', 'vill-vara-dar'],
    ['checklistor', 'subtil-lust'],
    ['checklistor', 'team-vilja'],
  ];
  const no = where.filter(([tool, item]) => answers[tool]?.[item] === 'nej');
  if (no.length === 0) return [];
  return [
    tag('samverkanskollen', {
      rule: RULES.ordered,
      tool: meta.name,
      title: 'Några är med för att de har blivit tillsagda, inte för att de vill.',
      advice:
        'Handboken skiljer på lust och order: den som har beordrats in i samverkan blir lätt en passagerare som bevakar sin egen organisation. Fråga var och en vad de vinner på att vara med – och byt hellre person än behåll någon som inte vill.',
      because: no.flatMap(([tool, item]) => behind(models, answers, tool, [item])),
      read: { label: 'Kapitel 7 – Vem ska sitta i gruppen?', href: '/handboken/samverkansledning/#vem-ska-sitta-i-gruppen' },
    }),
  ];
}

/** The leadership group says it is past its first phases, but the ladder does not show a group that leads. */
function skippedPhasesFinding(answers: AnswersByTool, models: Models): DiagnosisFinding[] {
  const proc = models.processen;
  const phaseId = answers.processen?.[proc.leadership.id];
  const phase = proc.leadership.phases.find((p) => p.id === phaseId)?.number;
  if (phase === undefined || phase < proc.rules.workStartsIn) return [];
  const ladder = standings(answers, models).find((s) => s.tool === 'ambitionstrappan');
  if (!ladder || ladder.tool !== 'ambitionstrappan' || !ladder.placed) return [];
  const leadsFrom = models.ambitionstrappan.leadsFrom;
  if (ladder.partly >= leadsFrom) return [];
  // Only a "nej" on the way up shows a skipped phase; "vet inte" is named as unknown instead.
  const upTo = models.ambitionstrappan.levels.slice(0, leadsFrom).flatMap((l) => l.criteria.map((c) => c.id));
  const no = upTo.filter((id) => answers.ambitionstrappan?.[id] === 'nej');
  if (no.length === 0) return [];
  return [
    tag('processen', {
      rule: RULES.skippedPhases,
      tool: meta.name,
      title: `Ledningsgruppen säger sig vara i fas ${phase}, men ${ladder.partly === 0 ? 'når inte ens nivå 1' : `står på nivå ${ladder.partly}`} i ambitionstrappan.`,
      advice:
        'De första faserna – att ta rollen, bli en grupp och enas om en strategi – går inte att hoppa över; de tar ofta ett halvår eller mer. Gå tillbaka och gör dem, även om arbetet redan är i gång.',
      because: [...behind(models, answers, 'processen', [proc.leadership.id]), ...behind(models, answers, 'ambitionstrappan', no)].slice(
        0,
        5,
      ),
      read: {
        label: 'Kapitel 7 – Fyra faser från start till lärande',
        href: '/handboken/samverkansledning/#fyra-faser-från-start-till-lärande',
      },
    }),
  ];
}

/** What you do not know: three or more of the check's questions "vet inte", or a model that cannot be placed. */
function unknownFinding(answers: AnswersByTool, models: Models, placed: readonly Standing[]): DiagnosisFinding[] {
  const unknown = BANK.filter((b) => answerOf(answers, b) === UNKNOWN);
  const unplaced = placed.filter((s) => !s.placed && s.unknown > 0);
  if (unknown.length < 3 && unplaced.length === 0) return [];
  const topics = unknown.map((b) => b.topic.toLowerCase());
  return [
    tag('samverkanskollen', {
      rule: RULES.unknown,
      tool: meta.name,
      title:
        `Ni vet inte ${unknown.length} av de saker kollen frågar om: ${topics.slice(0, 4).join(', ')}${topics.length > 4 ? ' med flera' : ''}` +
        (unplaced.length > 0 ? ` – därför går ${unplaced.map((s) => s.name).join(' och ')} inte att placera.` : '.'),
      advice:
        'Det ni inte vet är också ett svar: en ledningsgrupp som inte vet hur arbetet går har inte fått veta det. Ta reda på det hos dem som gör arbetet eller i hemorganisationen, och svara sedan igen.',
      because: unknown.slice(0, 5).flatMap((b) => behind(models, answers, b.tool, [b.item])),
      read: models.samverkanskollen.readNext,
    }),
  ];
}

/** The diagnosis for one person's answers (each tool's answers as in its store). */
export function diagnose(answersByTool: AnswersByTool, models: Models): Diagnosis {
  const answers: AnswersByTool = Object.fromEntries(
    TOOL_IDS.map((id) => [id, fitTo(answersByTool[id] ?? {}, questionsOf(id, models[id] as never))]),
  );
  const placed = standings(answers, models);
  const own = [...orderedFinding(answers, models), ...skippedPhasesFinding(answers, models)];
  const unknown = unknownFinding(answers, models, placed);
  // The check names what you do not know once, across the tools, instead of once per tool.
  const fromTools = toolFindings(answers, models).filter((f) => unknown.length === 0 || !f.rule.id.endsWith('/vet-inte'));
  const all = problems([...fromTools, ...own, ...unknown]) as DiagnosisFinding[];
  let top = all.slice(0, TOP);
  const u = unknown[0];
  if (u && !top.includes(u)) top = top.length < TOP ? [...top, u] : [...top.slice(0, TOP - 1), u];
  const strengths = rankFindings([...fromTools, ...own].filter((f) => f.rule.severity === 'styrka')) as DiagnosisFinding[];
  return {
    findings: top,
    all,
    strengths,
    standings: placed,
    answered: BANK.filter((b) => answerOf(answers, b) !== undefined).length,
    total: BANK.length,
    unknown: BANK.filter((b) => answerOf(answers, b) === UNKNOWN),
  };
}

/** The check's answers split by tool, from one flat record keyed by bank id ("<tool>.<item>"). */
export function answersFromBank(flat: Record<string, string>): AnswersByTool {
  const out: AnswersByTool = {};
  for (const b of BANK) {
    const a = flat[b.id];
    if (a !== undefined) (out[b.tool] ??= {} as Answers)[b.item] = a;
  }
  return out;
}
