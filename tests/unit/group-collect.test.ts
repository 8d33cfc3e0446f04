// One person, one member: codes added to a round in any order – person codes with their device
// id and time, older one-tool codes – give one member per person, the newer answers per tool, and
// a summary of what was read. Table-driven: each case is a sequence of codes and the round it
// must leave.
import { describe, expect, it } from 'vitest';
import { encodeAnswerCode } from '../../src/lib/codes/answer-code';
import { encodePersonCode, type CodeModels, type PersonCode } from '../../src/lib/codes/person-code';
import { addPersonCode, collectCodes } from '../../src/lib/group/collect';
import { decodeGroups, encodeGroups, type Round } from '../../src/lib/group/model';
import { codeModelOf } from '../../src/lib/items';
import { TOOL_IDS } from '../../src/tools/index';
import { CODE_ITEMS } from '../support/models';

const models: CodeModels = Object.fromEntries(TOOL_IDS.map((id) => [id, codeModelOf(CODE_ITEMS[id])]));
const empty = (): Round => ({ id: 'r-1', date: '2026-12-05', members: [], nextSteps: '' });
let n = 0;
const ids = (prefix: string) => `${prefix}-${++n}`;
const T1 = '2026-12-05T09:00:00.000Z';
const T2 = '2026-12-05T10:00:00.000Z';
const T3 = '2026-12-05T11:00:00.000Z';
const at = (a: string) => ({ 'ses-alls': a });
const hi = (a: string) => ({ sekretess: a });
const code = (p: Partial<PersonCode>): string => encodePersonCode({ tools: {}, ...p }, models);
const svh1 = (tool: 'ambitionstrappan' | 'hindrens-isberg', answers: Record<string, string>, name?: string) =>
  encodeAnswerCode({ tool, version: models[tool]!.version, answers, name }, models[tool]!);

interface Case {
  name: string;
  codes: string[];
  /** the members left, each as its tools' answers (and times when given) */
  members: { answers: Record<string, Record<string, string>>; times?: Record<string, string>; person?: string }[];
  outcomes: string[];
}

const cases: Case[] = [
  {
    name: 'one person sends one code carrying two tools: one member',
    codes: [code({ person: 'anna0001', time: T1, tools: { ambitionstrappan: at('ja'), 'hindrens-isberg': hi('2') } })],
    members: [
      {
        person: 'anna0001',
        answers: { ambitionstrappan: at('ja'), 'hindrens-isberg': hi('2') },
        times: { ambitionstrappan: T1, 'hindrens-isberg': T1 },
      },
    ],
    outcomes: ['added'],
  },
  {
    name: 'an anonymous person sends one tool, then both: still one member',
    codes: [
      code({ person: 'bo000002', time: T1, tools: { ambitionstrappan: at('nej') } }),
      code({ person: 'bo000002', time: T2, tools: { ambitionstrappan: at('nej'), 'hindrens-isberg': hi('3') } }),
    ],
    members: [
      {
        person: 'bo000002',
        answers: { ambitionstrappan: at('nej'), 'hindrens-isberg': hi('3') },
        times: { ambitionstrappan: T2, 'hindrens-isberg': T2 },
      },
    ],
    outcomes: ['added', 'joined'],
  },
  {
    name: 'a changed answer sent again replaces the older one',
    codes: [
      code({ person: 'bo000002', time: T1, tools: { ambitionstrappan: at('nej') } }),
      code({ person: 'bo000002', time: T2, tools: { ambitionstrappan: at('ja') } }),
    ],
    members: [{ person: 'bo000002', answers: { ambitionstrappan: at('ja') }, times: { ambitionstrappan: T2 } }],
    outcomes: ['added', 'updated'],
  },
  {
    name: 'an older code arriving last never overwrites the newer answers',
    codes: [
      code({ person: 'bo000002', time: T3, tools: { ambitionstrappan: at('ja') } }),
      code({ person: 'bo000002', time: T1, tools: { ambitionstrappan: at('nej') } }),
    ],
    members: [{ person: 'bo000002', answers: { ambitionstrappan: at('ja') }, times: { ambitionstrappan: T3 } }],
    outcomes: ['added', 'older'],
  },
  {
    name: 'per tool the newer wins: an older code still adds a tool the member lacks',
    codes: [
      code({ person: 'bo000002', time: T3, tools: { ambitionstrappan: at('ja') } }),
      code({ person: 'bo000002', time: T1, tools: { ambitionstrappan: at('nej'), 'hindrens-isberg': hi('1') } }),
    ],
    members: [
      {
        person: 'bo000002',
        answers: { ambitionstrappan: at('ja'), 'hindrens-isberg': hi('1') },
        times: { ambitionstrappan: T3, 'hindrens-isberg': T1 },
      },
    ],
    outcomes: ['added', 'joined'],
  },
  {
    name: 'the same code pasted twice is one member, the second changes nothing',
    codes: [
      code({ person: 'cc000003', time: T1, tools: { ambitionstrappan: at('ja') } }),
      code({ person: 'cc000003', time: T1, tools: { ambitionstrappan: at('ja') } }),
    ],
    members: [{ person: 'cc000003', answers: { ambitionstrappan: at('ja') }, times: { ambitionstrappan: T1 } }],
    outcomes: ['added', 'duplicate'],
  },
  {
    name: 'two anonymous people with the same answers are two members (their ids differ)',
    codes: [
      code({ person: 'dd000004', time: T1, tools: { ambitionstrappan: at('ja') } }),
      code({ person: 'ee000005', time: T1, tools: { ambitionstrappan: at('ja') } }),
    ],
    members: [
      { person: 'dd000004', answers: { ambitionstrappan: at('ja') }, times: { ambitionstrappan: T1 } },
      { person: 'ee000005', answers: { ambitionstrappan: at('ja') }, times: { ambitionstrappan: T1 } },
    ],
    outcomes: ['added', 'added'],
  },
  {
    name: 'anonymous SVH1 codes keep the old rule: the same answers twice is one, other answers a new member',
    codes: [svh1('ambitionstrappan', at('ja')), svh1('ambitionstrappan', at('ja')), svh1('hindrens-isberg', hi('2'))],
    members: [{ answers: { ambitionstrappan: at('ja') } }, { answers: { 'hindrens-isberg': hi('2') } }],
    outcomes: ['added', 'duplicate', 'added'],
  },
  {
    name: 'a named SVH1 code joins the person code with that name',
    codes: [
      code({ person: 'gg000007', time: T1, name: 'Gunilla', tools: { ambitionstrappan: at('ja') } }),
      svh1('hindrens-isberg', hi('0'), 'Gunilla'),
    ],
    members: [{ person: 'gg000007', answers: { ambitionstrappan: at('ja'), 'hindrens-isberg': hi('0') }, times: { ambitionstrappan: T1 } }],
    outcomes: ['added', 'joined'],
  },
  {
    name: 'an undated SVH1 code never replaces dated answers',
    codes: [
      code({ person: 'gg000007', time: T1, name: 'Gunilla', tools: { ambitionstrappan: at('ja') } }),
      svh1('ambitionstrappan', at('nej'), 'Gunilla'),
    ],
    members: [{ person: 'gg000007', answers: { ambitionstrappan: at('ja') }, times: { ambitionstrappan: T1 } }],
    outcomes: ['added', 'older'],
  },
  {
    name: 'a person code replaces undated answers from an SVH1 code of the same name',
    codes: [
      svh1('ambitionstrappan', at('nej'), 'Gunilla'),
      code({ person: 'gg000007', time: T1, name: 'Gunilla', tools: { ambitionstrappan: at('ja') } }),
    ],
    members: [{ person: 'gg000007', answers: { ambitionstrappan: at('ja') }, times: { ambitionstrappan: T1 } }],
    outcomes: ['added', 'updated'],
  },
];

describe('one member per person, the newer answers per tool', () => {
  it.each(cases)('$name', ({ codes, members, outcomes }) => {
    // Every order of arrival gives the same members (the case's own order gives its outcomes).
    const { round, summary } = collectCodes(empty(), codes.join('\n'), models, ids);
    expect(summary.codes.map((c) => c.outcome)).toEqual(outcomes);
    expect(summary.people).toBe(members.length);
    const strip = (r: Round) =>
      r.members.map((m) => ({ answers: m.answers, ...(m.times ? { times: m.times } : {}), ...(m.person ? { person: m.person } : {}) }));
    expect(strip(round)).toEqual(members);
    const reversed = collectCodes(empty(), [...codes].reverse().join('\n'), models, ids).round;
    expect(
      strip(reversed)
        .map((m) => m.answers)
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    ).toEqual(members.map((m) => m.answers).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))));
  });
});

describe('the summary', () => {
  it('counts people and tools, and names what could not be read by line – without names', () => {
    const a = code({ person: 'anna0001', time: T1, name: 'Anna Berg', tools: { ambitionstrappan: at('ja'), 'hindrens-isberg': hi('2') } });
    const b = code({ person: 'bo000002', time: T2, tools: { ambitionstrappan: at('nej') } });
    const text = `Anna Berg 10:32\n${a}\nBo 10:33\n${b.slice(0, -6)}\nBo 10:34\n${b}\nSVH9.nytt.format.x`;
    const { summary } = collectCodes(empty(), text, models, ids);
    expect(summary.people).toBe(2);
    expect(summary.tools.sort()).toEqual(['ambitionstrappan', 'hindrens-isberg']);
    expect(summary.problems).toEqual([
      { line: 4, message: expect.stringMatching(/ofullständig/) },
      { line: 7, message: expect.stringMatching(/nyare version/) },
    ]);
    expect(JSON.stringify(summary)).not.toContain('Anna');
  });

  it('says so when the text holds no code at all', () => {
    expect(collectCodes(empty(), 'Hej allihop!', models, ids).summary.problems).toEqual([
      { line: 1, message: expect.stringMatching(/ingen svarskod/) },
    ]);
  });
});

describe('stored members keep their identity, checked on load', () => {
  const group = (member: Record<string, unknown>) =>
    encodeGroups({
      groups: [
        {
          id: 'g-1',
          name: 'G',
          date: '2026-12-05',
          rounds: [{ id: 'r-1', date: '2026-12-05', nextSteps: '', members: [member as never] }],
        },
      ],
    });
  const load = (member: Record<string, unknown>) => {
    const d = decodeGroups(group(member));
    return d.ok ? d.value.groups[0]!.rounds[0]!.members[0] : undefined;
  };
  it.each([
    {
      name: 'a person id and times survive',
      member: { id: 'm-1', answers: { ambitionstrappan: at('ja') }, person: 'anna0001', times: { ambitionstrappan: T1 } },
      person: 'anna0001',
      times: { ambitionstrappan: T1 },
    },
    {
      name: 'a malformed person id is dropped',
      member: { id: 'm-1', answers: {}, person: '<b>x</b>' },
      person: undefined,
      times: undefined,
    },
    {
      name: 'a time that is not one is dropped',
      member: { id: 'm-1', answers: { ambitionstrappan: at('ja') }, times: { ambitionstrappan: 'igår' } },
      person: undefined,
      times: undefined,
    },
    {
      name: 'a time for a tool the member has no answers to is dropped',
      member: { id: 'm-1', answers: {}, times: { ambitionstrappan: T1 } },
      person: undefined,
      times: undefined,
    },
    {
      name: 'a prototype-named key is not a tool',
      member: { id: 'm-1', answers: {}, times: JSON.parse('{"__proto__": "x"}') },
      person: undefined,
      times: undefined,
    },
  ])('$name', ({ member, person, times }) => {
    const m = load(member);
    expect(m).toBeDefined();
    expect(m?.person).toBe(person);
    expect(m?.times).toEqual(times);
  });

  it('a member added from a person code round-trips through storage', () => {
    const { round } = addPersonCode(empty(), { person: 'anna0001', time: T2, tools: { ambitionstrappan: at('ja') } }, ids);
    const d = decodeGroups(encodeGroups({ groups: [{ id: 'g-1', name: 'G', date: '2026-12-05', rounds: [round] }] }));
    expect(d.ok && d.value.groups[0]!.rounds[0]!.members[0]).toMatchObject({ person: 'anna0001', times: { ambitionstrappan: T2 } });
  });
});
