// Findings on one severity scale: the rules of each tool, and the ranking across tools that Min
// självskattning and the group view use instead of comparing percentages from different scales.
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/lib/answers';
import { groupFindings, problems, rankFindings, type SEVERITIES, type Finding } from '../../src/lib/findings';
import { questionsOf, reportFor } from '../../src/tools/derived';
import { TOOL_IDS, type ToolId } from '../../src/tools/index';
import { MODELS } from '../support/models';

const findingsOf = (tool: ToolId, answers: Answers): Finding[] => reportFor(tool, MODELS[tool], answers).findings;
const fill = (ids: readonly string[], value: string): Answers => Object.fromEntries(ids.map((id) => [id, value]));
const ladder = MODELS.ambitionstrappan;
const roles = MODELS['styra-stodja-lara'].sides.flatMap((s) => s.roles.map((r) => r.id));
const obstacles = MODELS['hindrens-isberg'].zones.flatMap((z) => z.obstacles.map((o) => o.id));

/**
 * A steering group as the evaluators of a failed project found it: below the first rung of the
 * ladder, hardly leading on any of the three sides (13 % of the possible), an organisation form
 * far too small for a target group with many needs, and the formal obstacles – laws and secrecy –
 * as the only obstacles named.
 */
const FAILED_PROJECT: Record<ToolId, Answers> = {
  samverkanskollen: {},
  ambitionstrappan: { 'ses-alls': 'ja', 'kanner-varandra': 'nej', regelbundet: 'delvis', 'leder-projekt': 'delvis', mal: 'projektledning' },
  'styra-stodja-lara': {
    ...fill(roles, '0'),
    vagvisare: '1',
    beslutsfattare: '1',
    'mandat-och-resursgivare': '1',
    legitimerare: '1',
    mojliggorare: '1',
  },
  samverkanstrappan: {
    malgrupp: 'skora',
    insatskedja: 'saknas',
    resurser: 'avsatt-tid',
    ambition: 'samlat-stod',
    form: 'permanenta-natverk',
  },
  'hindrens-isberg': { ...fill(obstacles, '0'), 'lagar-och-regler': '3', sekretess: '3' },
  checklistor: {},
  ledarstilar: {},
  framgang: {},
  processen: {},
  'tid-och-fordelning': {},
};

describe('the failed project: the diagnosis starts with leadership and form, not with laws', () => {
  const all = TOOL_IDS.flatMap((tool) => findingsOf(tool, FAILED_PROJECT[tool]));
  const ranked = problems(all).map((f) => f.rule.id);

  it('ranks the critical findings first, in the handbook’s order', () => {
    expect(ranked.slice(0, 6)).toEqual([
      'ambitionstrappan/under-niva-1',
      'ambitionstrappan/leder-projekt-underifran',
      'styra-stodja-lara/alla-sidor-svaga',
      'samverkanstrappan/for-lite-for-behovet',
      'samverkanstrappan/ambition-over-resurser',
      'samverkanstrappan/underdimensionerad-form',
    ]);
  });

  it('still names the formal obstacles, but after every critical finding', () => {
    const formal = ranked.indexOf('hindrens-isberg/bara-formella-hinder');
    expect(formal).toBeGreaterThan(ranked.lastIndexOf('samverkanstrappan/underdimensionerad-form'));
    expect(all.find((f) => f.rule.id === 'hindrens-isberg/bara-formella-hinder')?.because).toEqual([
      'Lagar och regler – 3 – i hög grad',
      'Sekretess – 3 – i hög grad',
    ]);
  });
});

describe.each([
  // tool, answers, the rules that fire (in the tool's order)
  {
    tool: 'ambitionstrappan',
    name: 'level 1 only partly in place',
    answers: { 'ses-alls': 'ja', 'kanner-varandra': 'delvis' },
    rules: ['ambitionstrappan/niva-1-delvis'],
  },
  { tool: 'ambitionstrappan', name: 'unanswered level 1: no verdict yet', answers: { regelbundet: 'ja' }, rules: [] },
  {
    tool: 'ambitionstrappan',
    name: 'level 2, aiming at 4',
    answers: {
      ...fill(
        ladder.levels.slice(0, 2).flatMap((l) => l.criteria.map((c) => c.id)),
        'ja',
      ),
      mal: 'strategisk',
    },
    rules: ['ambitionstrappan/siktar-pa-att-leda'],
  },
  {
    tool: 'ambitionstrappan',
    name: 'every criterion met',
    answers: fill(
      ladder.levels.flatMap((l) => l.criteria.map((c) => c.id)),
      'ja',
    ),
    rules: ['ambitionstrappan/leder'],
  },
  {
    tool: 'samverkanstrappan',
    name: 'in harmony',
    answers: {
      malgrupp: 'avgransat',
      insatskedja: 'finns-och-fungerar',
      resurser: 'nagra-moten',
      ambition: 'kanna-varandra',
      form: 'tillfalliga-natverk',
    },
    rules: ['samverkanstrappan/i-harmoni'],
  },
  {
    tool: 'samverkanstrappan',
    name: 'a key question answered nej',
    answers: { mandat: 'nej' },
    rules: ['samverkanstrappan/nyckelfraga-nej'],
  },
  {
    tool: 'samverkanstrappan',
    name: 'in harmony, but no clear mission',
    answers: {
      malgrupp: 'hanger-ihop',
      insatskedja: 'glapp',
      resurser: 'del-av-tjanst',
      ambition: 'arbeta-ihop-deltid',
      form: 'arbetsgrupper-deltid',
      uppdrag: 'nej',
    },
    rules: ['samverkanstrappan/krav-saknas'],
  },
  {
    tool: 'samverkanstrappan',
    name: 'rules of play only partly clear',
    answers: { spelregler: 'delvis', uppdrag: 'ja' },
    rules: ['samverkanstrappan/krav-delvis'],
  },
  {
    tool: 'processen',
    name: '19–24 months per participant for a vulnerable group',
    answers: { 'malgrupp-sarbar': 'ja', 'tid-genomstromning': '19-24-man' },
    rules: ['processen/knapp-tid'],
  },
  {
    tool: 'processen',
    name: 'more than two years per participant',
    answers: { 'malgrupp-sarbar': 'ja', 'tid-genomstromning': 'over-24-man' },
    rules: [],
  },
  {
    tool: 'hindrens-isberg',
    name: 'strong obstacles under the surface',
    answers: { radsla: '3', 'revir-makt-prestige': '3', 'lagar-och-regler': '1' },
    rules: ['hindrens-isberg/starka-hinder-under-ytan'],
  },
  { tool: 'hindrens-isberg', name: 'no obstacle at all', answers: fill(obstacles, '0'), rules: ['hindrens-isberg/inga-hinder'] },
  { tool: 'checklistor', name: 'nothing answered', answers: {}, rules: [] },
] as { tool: ToolId; name: string; answers: Answers; rules: string[] }[])('$tool: $name', ({ tool, answers, rules }) => {
  it('gives exactly these findings', () => expect(findingsOf(tool, answers).map((f) => f.rule.id)).toEqual(rules));
});

describe('"vet inte" is a finding of its own', () => {
  it.each(TOOL_IDS.filter((t) => t !== 'tid-och-fordelning'))('%s: a third or more "vet inte" (at least three) is named', (tool) => {
    const items = questionsOf(tool, MODELS[tool]).items.filter((i) => i.options.some((o) => o.id === 'vet-inte'));
    const n = Math.max(3, Math.ceil(items.length / 3));
    const answers = fill(
      items.slice(0, n).map((i) => i.id),
      'vet-inte',
    );
    expect(findingsOf(tool, answers).map((f) => f.rule.id)).toContain(`${tool}/vet-inte`);
  });

  it('names the unknown answers, and stays quiet below the threshold', () => {
    const three = {
      vagvisare: 'vet-inte',
      beslutsfattare: 'vet-inte',
      'mandat-och-resursgivare': 'vet-inte',
      legitimerare: '2',
      mojliggorare: '2',
    };
    const found = findingsOf('styra-stodja-lara', three).find((f) => f.rule.id === 'styra-stodja-lara/vet-inte');
    expect(found?.title).toBe('3 av 5 svar är "vet inte".');
    expect(found?.because).toHaveLength(3);
    const two = {
      vagvisare: 'vet-inte',
      beslutsfattare: 'vet-inte',
      'mandat-och-resursgivare': '2',
      legitimerare: '2',
      mojliggorare: '2',
      utvecklare: '2',
      kompetensutvecklare: '2',
    };
    expect(findingsOf('styra-stodja-lara', two).some((f) => f.rule.id.endsWith('/vet-inte'))).toBe(false);
  });
});

describe('ranking', () => {
  const f = (id: string, severity: (typeof SEVERITIES)[number], order: number): Finding => ({
    rule: { id, severity, order, when: '' },
    tool: id.split('/')[0]!,
    title: id,
    advice: '',
    because: [],
    read: { label: '', href: '/' },
  });

  it('orders by severity, then by the rule’s order, then as given', () => {
    const list = [
      f('c/x', 'att-bevaka', 1),
      f('b/y', 'kritisk', 300),
      f('a/z', 'kritisk', 100),
      f('d/w', 'styrka', 1),
      f('e/v', 'kritisk', 100),
    ];
    expect(rankFindings(list).map((x) => x.rule.id)).toEqual(['a/z', 'e/v', 'b/y', 'c/x', 'd/w']);
    expect(problems(list).map((x) => x.rule.id)).toEqual(['a/z', 'e/v', 'b/y', 'c/x']);
  });

  it('groups a rule found for several members, the most severe first, then the most shared', () => {
    const g = groupFindings([
      [f('a/x', 'allvarlig', 1)],
      [f('a/x', 'allvarlig', 1), f('b/y', 'kritisk', 9)],
      [f('c/z', 'allvarlig', 1), f('d/s', 'styrka', 1)],
    ]);
    expect(g.map((x) => [x.finding.rule.id, x.members])).toEqual([
      ['b/y', [1]],
      ['a/x', [0, 1]],
      ['c/z', [2]],
    ]);
  });
});
