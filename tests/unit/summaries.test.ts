// The per-tool summaries behind "Min självskattning": how weak each result is (to rank the
// weakest first) and the CSV rows.
import { describe, expect, it } from 'vitest';
import { checklistsReport } from '../../src/tools/checklistor/summary';
import { icebergReport } from '../../src/tools/hindrens-isberg/summary';
import { ladderReport } from '../../src/tools/ambitionstrappan/summary';
import { staircaseReport } from '../../src/tools/samverkanstrappan/summary';
import { roleBalanceReport } from '../../src/tools/styra-stodja-lara/summary';
import { leadershipStylesReport } from '../../src/tools/ledarstilar/summary';
import { paybackReport } from '../../src/tools/tid-och-fordelning/summary';
import { checklistsModel, icebergModel, ladderModel, leadershipStylesModel, paybackModel, roleBalanceModel, staircaseModel } from '../../src/models';
import type { Answers } from '../../src/tools/shared/scale';

const allOf = (ids: string[], value: string): Answers => Object.fromEntries(ids.map((id) => [id, value]));
const ladderIds = ladderModel.levels.flatMap((l) => l.criteria.map((c) => c.id));
const obstacleIds = icebergModel.zones.flatMap((z) => z.obstacles.map((o) => o.id));
const checklistIds = checklistsModel.areas.flatMap((a) => a.items.map((i) => i.id));
const roleIds = roleBalanceModel.sides.flatMap((s) => s.roles.map((r) => r.id));
const factorIds = leadershipStylesModel.factors.map((f) => f.id);

const reports = {
  ladder: (a: Answers) => ladderReport(ladderModel, a),
  iceberg: (a: Answers) => icebergReport(icebergModel, a),
  staircase: (a: Answers) => staircaseReport(staircaseModel, a),
  checklists: (a: Answers) => checklistsReport(checklistsModel, a),
  roleBalance: (a: Answers) => roleBalanceReport(roleBalanceModel, a),
  leadershipStyles: (a: Answers) => leadershipStylesReport(leadershipStylesModel, a),
  payback: (a: Answers) => paybackReport(paybackModel, a),
};

describe.each(Object.entries(reports))('%s', (_name, report) => {
  it('has no weakness and no answers when nothing is answered, but a CSV row per question', () => {
    const r = report({});
    expect(r.summary.weakness).toBeUndefined();
    expect(r.summary.answered).toBe(0);
    expect(r.rows.length).toBeGreaterThanOrEqual(r.summary.total);
    expect(r.rows.every((row) => row.answer === '')).toBe(true);
    expect(r.summary.headline.length).toBeGreaterThan(10);
  });
});

describe('weakness, from strong (0) to weak (1)', () => {
  it.each([
    ['a ladder at its target', reports.ladder({ ...allOf(ladderIds, 'ja'), mal: 'strategisk' }), 0],
    ['a ladder at level 1 aiming at 4', reports.ladder({ ...allOf(ladderIds.slice(0, 2), 'ja'), mal: 'strategisk' }), 0.75],
    ['an iceberg with no obstacles', reports.iceberg(allOf(obstacleIds, '0')), 0],
    ['an iceberg with every obstacle strong', reports.iceberg(allOf(obstacleIds, '3')), 1],
    ['checklists all "ja"', reports.checklists(allOf(checklistIds, 'ja')), 0],
    ['checklists all "nej"', reports.checklists(allOf(checklistIds, 'nej')), 1],
    ['every role taken "i hög grad"', reports.roleBalance(allOf(roleIds, '3')), 0],
    ['no role taken at all', reports.roleBalance(allOf(roleIds, '0')), 1],
    ['leadership wholly boundary-crossing', reports.leadershipStyles(allOf(factorIds, '5')), 0],
    ['leadership wholly boundary-preserving', reports.leadershipStyles(allOf(factorIds, '1')), 1],
    ['roles strong but learning at 1 (the weakest side decides)', reports.roleBalance({ ...allOf(roleIds, '3'), kompetensutvecklare: '1', utvecklare: '1', systemforandrare: '1' }), 2 / 3],
  ])('%s', (_name, r, weakness) => expect(r.summary.weakness).toBeCloseTo(weakness));

  it('is undefined for checklists that are all "vet inte" (nothing to judge)', () => {
    expect(reports.checklists(allOf(checklistIds, 'vet-inte')).summary.weakness).toBeUndefined();
  });

  it('rises for a staircase whose form misses the recommendation', () => {
    const [complexity, gaps] = staircaseModel.factors;
    const base: Answers = { [complexity!.id]: complexity!.options.at(-1)!.id, [gaps!.id]: gaps!.options.at(-1)!.id };
    const fits = reports.staircase({ ...base, form: staircaseModel.steps.at(-1)!.id });
    const under = reports.staircase({ ...base, form: staircaseModel.steps[0]!.id });
    expect(fits.summary.weakness).toBe(0);
    expect(under.summary.weakness).toBe(1);
  });

  it('writes answers into the CSV rows in words', () => {
    const rows = reports.checklists({ [checklistIds[0]!]: 'delvis' }).rows;
    expect(rows[0]).toMatchObject({ tool: 'Checklistor före start', answer: 'Delvis' });
  });
});
