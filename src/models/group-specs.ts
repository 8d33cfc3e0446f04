// Each coded tool's questions as the group view shows them (see src/lib/group/spec.ts): labels,
// sections, and what every option is worth on the item's scale. Server side; the page passes
// these to the GroupView island as plain data. The item order must match CODE_ITEMS.
import type { CodedTool } from '../lib/codes/answer-code';
import type { GroupItem, GroupOption, GroupToolSpec } from '../lib/group/spec';
import { RATING_OPTIONS, UNKNOWN as ICE_UNKNOWN } from '../lib/scoring/iceberg';
import { FORM_KEY, UNKNOWN as STAIR_UNKNOWN } from '../lib/scoring/staircase';
import { TARGET_KEY } from '../lib/scoring/ladder';
import { TOOLS } from '../lib/tools';
import { AGREEMENT_LABELS } from '../schemas/models/agreement';
import { checklistsModel, icebergModel, ladderModel, staircaseModel } from './index';
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

function spec(tool: CodedTool, items: GroupItem[]): GroupToolSpec {
  const code = CODE_ITEMS[tool];
  // The group view reads answers through the code's item order; a mismatch is a programming error.
  const ids = code.items.map(([id]) => id).join(',');
  if (items.map((i) => i.id).join(',') !== ids) throw new Error(`group-specs: ${tool} har inte samma frågor som svarskoden`);
  return { tool, name: TOOLS[tool].name, version: code.version, items };
}

export const GROUP_SPECS: Record<CodedTool, GroupToolSpec> = {
  ambitionstrappan: spec('ambitionstrappan', ladderItems),
  'hindrens-isberg': spec('hindrens-isberg', icebergItems),
  samverkanstrappan: spec('samverkanstrappan', staircaseItems),
  checklistor: spec('checklistor', checklistItems),
};
