// Each coded tool's questions as the group view shows them (see src/lib/group/spec.ts): labels,
// sections, and what every option is worth on the item's scale. Server side; the page passes
// these to the GroupView island as plain data. The item order must match CODE_ITEMS.
import type { CodedTool } from '../lib/codes/answer-code';
import type { GroupItem, GroupOption, GroupToolSpec } from '../lib/group/spec';
import { RATING_OPTIONS, UNKNOWN as ICE_UNKNOWN } from '../tools/hindrens-isberg/score';
import { FORM_KEY, UNKNOWN as STAIR_UNKNOWN } from '../tools/samverkanstrappan/score';
import { TARGET_KEY } from '../tools/ambitionstrappan/score';
import { RATING_OPTIONS as ROLE_RATINGS, UNKNOWN as ROLE_UNKNOWN } from '../tools/styra-stodja-lara/score';
import { POSITION_OPTIONS, UNKNOWN as STYLE_UNKNOWN } from '../tools/ledarstilar/score';
import { TOOLS } from '../lib/tools';
import { AGREEMENT_LABELS } from '../tools/shared/scale';
import { AIMS, UNKNOWN as SUCCESS_UNKNOWN } from '../tools/framgang/score';
import { UNKNOWN as PROCESS_UNKNOWN } from '../tools/processen/score';
import type { PhaseTrack } from '../tools/processen/schema';
import { HORIZON_KEY, horizonOptions } from '../tools/tid-och-fordelning/score';
import { t } from '../ui/strings';
import { checklistsModel, icebergModel, ladderModel, leadershipStylesModel, paybackModel, processModel, roleBalanceModel, staircaseModel, successModel } from './index';
import { CODE_ITEMS } from './code-items';

/** ja / delvis / nej / vet inte on a 0–2 line: ja is best. */
const agreement = (delvis = 1): GroupOption[] => [
  { id: 'ja', label: AGREEMENT_LABELS.ja, value: 2 },
  { id: 'delvis', label: AGREEMENT_LABELS.delvis, value: delvis },
  { id: 'nej', label: AGREEMENT_LABELS.nej, value: 0 },
  { id: 'vet-inte', label: AGREEMENT_LABELS['vet-inte'], value: null },
];

const ladderItems: GroupItem[] = [
  ...ladderModel.levels.flatMap((l) =>
    l.criteria.map((c) => ({ id: c.id, label: c.question, section: `Nivå ${l.number}: ${l.name}`, options: agreement(), higherIsBetter: true })),
  ),
  {
    id: TARGET_KEY,
    label: 'Vilken nivå siktar ni på?',
    section: 'Mål',
    options: ladderModel.levels.map((l) => ({ id: l.id, label: `Nivå ${l.number}: ${l.name}`, value: l.number })),
    higherIsBetter: true,
  },
];

const icebergItems: GroupItem[] = icebergModel.zones.flatMap((z) =>
  z.obstacles.map((o) => ({
    id: o.id,
    label: o.name,
    section: z.title,
    options: RATING_OPTIONS.map((r) =>
      r === ICE_UNKNOWN ? { id: r, label: 'Vet inte', value: null } : { id: r, label: `${r} – ${icebergModel.scale[Number(r)]}`, value: Number(r) },
    ),
    higherIsBetter: false,
  })),
);

const staircaseItems: GroupItem[] = [
  ...staircaseModel.factors.map((f) => ({
    id: f.id,
    label: f.question,
    section: f.topic,
    options: [...f.options.map((o) => ({ id: o.id, label: o.label, value: o.step, short: `steg ${o.step}` })), { id: STAIR_UNKNOWN, label: 'Vet inte', value: null }],
    higherIsBetter: true,
  })),
  {
    id: FORM_KEY,
    label: staircaseModel.form.question,
    section: 'Er organisationsform',
    options: [
      ...staircaseModel.steps.map((s) => ({ id: s.id, label: `Steg ${s.number}: ${s.name}`, value: s.number })),
      { id: staircaseModel.form.undecided.id, label: staircaseModel.form.undecided.label, value: null },
    ],
    higherIsBetter: true,
  },
  ...staircaseModel.keyQuestions.map((q) => ({ id: q.id, label: q.question, section: q.title, options: agreement(), higherIsBetter: true })),
];

const checklistItems: GroupItem[] = checklistsModel.areas.flatMap((a) =>
  a.items.map((i) => ({ id: i.id, label: i.question, section: a.title, options: agreement(), higherIsBetter: true })),
);

const roleBalanceItems: GroupItem[] = [
  ...roleBalanceModel.sides.flatMap((s) =>
    s.roles.map((r) => ({
      id: r.id,
      label: r.name,
      section: s.name,
      options: ROLE_RATINGS.map((o) =>
        o === ROLE_UNKNOWN ? { id: o, label: 'Vet inte', value: null } : { id: o, label: `${o} – ${roleBalanceModel.scale[Number(o)]}`, value: Number(o) },
      ),
      higherIsBetter: true,
    })),
  ),
  // Agreeing that the group cannot lead without instruments is the mistake: "nej" is the better state.
  { id: roleBalanceModel.instruments.id, label: roleBalanceModel.instruments.question, section: 'Styrmedel', options: agreement(), higherIsBetter: false },
];

// 1 = boundary-preserving … 5 = boundary-crossing: collaboration needs the crossing end.
const leadershipStylesItems: GroupItem[] = leadershipStylesModel.factors.map((f) => ({
  id: f.id,
  label: f.name,
  section: 'Två ledarstilar',
  options: POSITION_OPTIONS.map((o) =>
    o === STYLE_UNKNOWN ? { id: o, label: 'Vet inte', value: null } : { id: o, label: `${o} – ${leadershipStylesModel.scale[Number(o) - 1]}`, value: Number(o) },
  ),
  higherIsBetter: true,
}));
const AIM_VALUES = { huvudmal: 2, 'andra-hand': 1, nej: 0 } as const;
const DIRECTION_VALUES = { bra: 2, mitten: 1, daligt: 0 } as const;
const successUnknown: GroupOption = { id: SUCCESS_UNKNOWN, label: AGREEMENT_LABELS['vet-inte'], value: null };
const successItems: GroupItem[] = [
  ...successModel.levels.map((l) => ({
    id: l.id,
    label: l.question,
    section: 'Tre nivåer av framgång',
    options: [...AIMS.map((a) => ({ id: a, label: successModel.aimOptions[a], value: AIM_VALUES[a] })), successUnknown],
    higherIsBetter: true,
  })),
  { id: successModel.stepMovement.id, label: successModel.stepMovement.question, section: 'Tre nivåer av framgång', options: agreement(), higherIsBetter: true },
  ...[...successModel.measures, successModel.separate].map((m) => ({ id: m.id, label: m.question, section: 'Mjuka och hårda värden', options: agreement(), higherIsBetter: true })),
  ...successModel.pitfalls.flatMap((p) =>
    p.question ? [{ id: p.id, label: `${p.number}. ${p.name}: ${p.question}`, section: 'Fem fallgropar', options: agreement(), higherIsBetter: true }] : [],
  ),
  ...successModel.evaluation.map((q) => ({
    id: q.id,
    label: q.question,
    section: 'Tre frågor att värdera arbetet med',
    options: [...q.options.map((o) => ({ id: o.id, label: o.label, value: DIRECTION_VALUES[o.direction] })), successUnknown],
    higherIsBetter: true,
  })),
];

const processUnknown: GroupOption = { id: PROCESS_UNKNOWN, label: AGREEMENT_LABELS['vet-inte'], value: null };
/** A phase question: not started is 0, then the phase numbers. */
const phaseItem = (track: PhaseTrack, section: string): GroupItem => ({
  id: track.id,
  label: track.question,
  section,
  options: [{ id: track.notStarted.id, label: track.notStarted.label, value: 0 }, ...track.phases.map((p) => ({ id: p.id, label: `Fas ${p.number}: ${p.name}`, value: p.number })), processUnknown],
  higherIsBetter: true,
});
const processItems: GroupItem[] = [
  phaseItem(processModel.leadership, 'Ledningsgruppens fas'),
  phaseItem(processModel.project, 'Projektets fas'),
  { id: processModel.targetGroup.id, label: processModel.targetGroup.question, section: 'Målgruppen', options: agreement(), higherIsBetter: true },
  { id: processModel.handover.id, label: processModel.handover.question, section: 'Överlämningen', options: agreement(), higherIsBetter: true },
  // Bands by their order, shortest first: a longer plan is the safer one.
  ...processModel.timePlan.map((c) => ({
    id: c.id,
    label: c.question,
    section: 'Tidsplanen',
    options: [...c.bands.map((b, i) => ({ id: b.id, label: b.label, value: i + 1 })), processUnknown],
    higherIsBetter: true,
  })),
];

// Tid och fördelning: only the horizon fits GroupItem (options with a value each). Its amounts
// have no fixed options, so they are not in the group view; the code still carries them.
const paybackItems: GroupItem[] = [
  {
    id: HORIZON_KEY,
    label: t('payback.horizon.legend'),
    section: 'Tidshorisont',
    options: horizonOptions(paybackModel).map((y) => ({ id: y, label: `${y} år`, value: Number(y) })),
    // Neither end is better in itself; a longer horizon shows more of the gains (manual 4.3).
    higherIsBetter: true,
  },
];

function spec(tool: CodedTool, items: GroupItem[]): GroupToolSpec {
  const code = CODE_ITEMS[tool];
  // The group view reads answers through the code's item order; a mismatch is a programming error.
  const ids = code.items.map(([id]) => id).join(',');
  if (items.map((i) => i.id).join(',') !== ids) throw new Error(`group-specs: ${tool} har inte samma frågor som svarskoden`);
  return { tool, name: TOOLS[tool].name, version: code.version, items, amounts: code.amounts };
}

export const GROUP_SPECS: Record<CodedTool, GroupToolSpec> = {
  ambitionstrappan: spec('ambitionstrappan', ladderItems),
  'hindrens-isberg': spec('hindrens-isberg', icebergItems),
  samverkanstrappan: spec('samverkanstrappan', staircaseItems),
  checklistor: spec('checklistor', checklistItems),
  'styra-stodja-lara': spec('styra-stodja-lara', roleBalanceItems),
  ledarstilar: spec('ledarstilar', leadershipStylesItems),
  framgang: spec('framgang', successItems),
  processen: spec('processen', processItems),
  'tid-och-fordelning': spec('tid-och-fordelning', paybackItems),
};
