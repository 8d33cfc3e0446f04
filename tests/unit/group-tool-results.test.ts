// Each tool's own picture of a group: ladder levels, the group iceberg, the staircase advice,
// the checklists' weakest links – and the files in and out of the group view.
import { describe, expect, it } from 'vitest';
import { answerSpace } from '../../src/lib/answers';
import { buildGroupFile, groupCsv, readGroupInput } from '../../src/lib/group/files';
import { createGroup, currentRound, type Group } from '../../src/lib/group/model';
import { ladderGroup } from '../../src/tools/ambitionstrappan/group';
import { icebergGroup } from '../../src/tools/hindrens-isberg/group';
import { staircaseGroup } from '../../src/tools/samverkanstrappan/group';
import { checklistsGroup } from '../../src/tools/checklistor/group';
import { GROUP_SPECS, checklistsModel, icebergModel, ladderModel, staircaseModel } from '../support/models';

const level1 = { 'ses-alls': 'ja', 'kanner-varandra': 'ja' };

describe('ambition ladder', () => {
  it.each([
    { people: [], current: undefined, target: undefined },
    { people: [{ member: 0, answers: level1 }], current: 1, target: undefined },
    {
      people: [
        { member: 0, answers: { ...level1, mal: 'strategisk' } },
        { member: 1, answers: { 'ses-alls': 'nej', mal: 'problemlosning' } },
      ],
      current: 0.5,
      target: 3,
    },
  ])('median level $current, target $target', ({ people, current, target }) => {
    const g = ladderGroup(ladderModel, people);
    expect(g.current).toBe(current);
    expect(g.target).toBe(target);
    expect(g.rows).toHaveLength(people.length);
  });
});

describe('group iceberg', () => {
  const zone = (id: string) => icebergModel.zones.find((z) => z.id === id)!;
  const rate = (zoneId: string, r: string) => Object.fromEntries(zone(zoneId).obstacles.map((o) => [o.id, r]));
  it('pools everyone’s ratings per zone and names the heaviest', () => {
    const g = icebergGroup(icebergModel, [
      { member: 0, answers: { ...rate('ovanfor-ytan', '1'), ...rate('under-ytan', '3') } },
      { member: 1, answers: { ...rate('ovanfor-ytan', '1'), ...rate('under-ytan', 'vet-inte') } },
    ]);
    expect(g.zones.map((z) => z.mean)).toEqual([1, undefined, 3]);
    expect(g.zones[2]!.unknown).toBe(zone('under-ytan').obstacles.length);
    expect(g.dominant).toEqual(['under-ytan']);
  });
  it('has no heaviest zone when every rating is 0', () => {
    expect(icebergGroup(icebergModel, [{ member: 0, answers: rate('vattenbrynet', '0') }]).dominant).toEqual([]);
  });
});

describe('staircase', () => {
  it('advises from the median need, and keeps each person’s own advice', () => {
    const g = staircaseGroup(staircaseModel, [
      { member: 0, answers: { malgrupp: 'avgransat', insatskedja: 'finns-och-fungerar' } },
      { member: 1, answers: { malgrupp: 'skora', insatskedja: 'saknas' } },
    ]);
    expect(g.rows.map((r) => r.result.recommended)).toEqual([[1], [5]]);
    expect(g.need).toBe(3);
    expect(g.recommended).toEqual([3]);
  });
});

describe('checklists: the weakest link', () => {
  const ids = (areaId: string) => checklistsModel.areas.find((a) => a.id === areaId)!.items.map((i) => i.id);
  const all = (areaId: string, a: string) => Object.fromEntries(ids(areaId).map((id) => [id, a]));
  it('names each person’s weakest area and the group’s lowest median', () => {
    const g = checklistsGroup(checklistsModel, [
      { member: 0, answers: { ...all('balans', 'ja'), ...all('nio-fragor', 'nej') } },
      { member: 1, answers: { ...all('balans', 'nej'), ...all('nio-fragor', 'ja') } },
      { member: 2, answers: { ...all('balans', 'delvis'), ...all('nio-fragor', 'nej') } },
    ]);
    expect(g.rows.map((r) => r.weakest.map((a) => a.id))).toEqual([['nio-fragor'], ['balans'], ['nio-fragor']]);
    expect(g.weakest.map((a) => [a.id, a.share])).toEqual([['nio-fragor', 0]]);
  });
  it('names no weakest link when nothing is judged', () => {
    expect(checklistsGroup(checklistsModel, []).weakest).toEqual([]);
  });
});

describe('files', () => {
  const spaces = Object.fromEntries(
    Object.values(GROUP_SPECS).map((s) => [s.tool, answerSpace(s.items.map((i) => ({ id: i.id, options: i.options.map((o) => o.id) })))]),
  );
  const group: Group = (() => {
    const g = createGroup('Styrgruppen', '2026-11-25');
    const r = currentRound(g);
    r.members.push({ id: 'm1', name: '=HYPERLINK("x")', org: 'Kommunen', answers: { checklistor: { 'balans-problem': 'ja' } } });
    return g;
  })();

  it.each([
    { case: 'a group file', text: buildGroupFile(group), kind: 'group' },
    {
      case: 'a person’s export',
      text: JSON.stringify({ format: 'samverkanshandboken', version: 1, tools: { checklistor: { 'balans-problem': 'nej' } } }),
      kind: 'person',
    },
    { case: 'codes, one per line', text: '\uFEFFSVH1.cl.1.abc\r\n\r\nhttps://x/#kod=SVH1.at.1.x\n', kind: 'codes' },
    { case: 'an empty file', text: '  ', kind: 'error' },
    { case: 'broken JSON', text: '{"format":', kind: 'error' },
    { case: 'another program’s JSON', text: '{"format":"annat"}', kind: 'error' },
    { case: 'a newer group file', text: JSON.stringify({ format: 'samverkanshandboken-grupp', version: 99, group: {} }), kind: 'error' },
    {
      case: 'a damaged group file',
      text: JSON.stringify({ format: 'samverkanshandboken-grupp', version: 1, group: { name: 'x' } }),
      kind: 'error',
    },
    { case: 'a huge file', text: 'x'.repeat(300_000), kind: 'error' },
  ])('$case → $kind', ({ text, kind }) => {
    const r = readGroupInput(text, spaces);
    expect(r.kind).toBe(kind);
    if (r.kind === 'error') expect(r.error).toMatch(/^[A-ZÅÄÖ].*\.$/);
    if (r.kind === 'codes') expect(r.lines).toHaveLength(2);
    if (r.kind === 'group') expect(r.group).toEqual(group);
  });

  it('writes CSV for a spreadsheet: anonymous unless names are shown, formulas defused', () => {
    const csv = groupCsv(group, currentRound(group), [GROUP_SPECS.checklistor], false);
    expect(csv.startsWith('\uFEFF"Grupp";"Omgång";"Person";"Organisation"')).toBe(true);
    expect(csv).toContain('"Styrgruppen";"1";"Person 1";"Kommunen";"Checklistor före start"');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + GROUP_SPECS.checklistor.items.length);
    const named = groupCsv(group, currentRound(group), [GROUP_SPECS.checklistor], true);
    expect(named).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
