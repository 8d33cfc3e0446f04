// The cases' data files: the schema names what is wrong in words a content editor understands,
// every example answer must fit its tool (or the build stops), and the real files pass.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { answerSpace } from '../../src/lib/answers';
import { exampleProblems } from '../../src/lib/cases/check-examples';
import { CASES, findChart, findTable, loadCase } from '../../src/models/cases';
import { caseDataSchema, caseFrontmatterSchema } from '../../src/schemas/case';

const table = {
  id: 'x-tabell',
  caption: 'En tabell att pröva med.',
  source: 'tabell 1',
  columns: [
    { id: 'namn', label: 'Namn', unit: 'text' },
    { id: 'antal', label: 'Antal' },
  ],
  rows: [
    ['A', 1],
    ['B', { value: 2, mark: '*' }],
  ],
  notes: [{ mark: '*', text: 'En not om B.' }],
};
/** A member's answers per tool; typed wide so that tests can put wrong items in. */
const memberAnswers = (): Record<string, Record<string, string>> => ({ ambitionstrappan: { 'ses-alls': 'ja' } });

const good = {
  facts: [
    { label: 'Ägare', value: 'Kommunen', source: 'avsnitt 1' },
    { label: 'Budget', value: 1000, unit: 'kr', source: 'avsnitt 1' },
    { label: 'Deltagare', value: 10, unit: 'personer', source: 'tabell 1' },
  ],
  tables: [table],
  charts: [
    {
      id: 'x-diagram',
      table: 'x-tabell',
      caption: 'Ett diagram att pröva med.',
      rows: ['A', 'B'],
      series: [{ column: 'antal', label: 'Antal' }],
      max: 10,
    },
  ],
  examples: {
    note: 'Svaren är vår tolkning av rapporten.',
    tools: {
      ambitionstrappan: { comment: 'Så här har vi läst rapporten, kort.', answers: { 'ses-alls': 'ja' } as Record<string, string> },
    },
    group: {
      name: 'Övningsgrupp',
      description: 'Tre påhittade medlemmar som svarar olika.',
      members: [1, 2, 3].map((n) => ({ name: `Medlem ${n}`, org: 'Kommunen', answers: memberAnswers() })),
    },
  },
  questions: ['Vad hade ni gjort annorlunda?', 'Vem borde ha lett arbetet?', 'Vad hade manualen sagt?'],
};

function firstIssue(input: unknown) {
  const r = caseDataSchema.safeParse(input);
  if (r.success) return undefined;
  const issue = r.error.issues[0]!;
  return { path: issue.path.join('.'), message: issue.message };
}
const withTable = (changes: Record<string, unknown>) => ({ ...good, tables: [{ ...table, ...changes }] });
const withChart = (changes: Record<string, unknown>) => ({ ...good, charts: [{ ...good.charts[0], ...changes }] });

describe('a case’s data file', () => {
  it('accepts a complete file', () => expect(caseDataSchema.safeParse(good).success).toBe(true));

  it.each([
    { name: 'too few facts', input: { ...good, facts: good.facts.slice(0, 2) }, path: 'facts', message: /minst tre fakta/ },
    {
      name: 'a fact without source',
      input: { ...good, facts: [...good.facts, { label: 'Plats', value: 'Skåne' }] },
      path: 'facts.3.source',
      message: /källan/,
    },
    {
      name: 'a row with too few cells',
      input: withTable({ rows: [['A', 1], ['B']] }),
      path: 'tables.0.rows',
      message: /lika många celler/,
    },
    { name: 'a row without a name', input: withTable({ rows: [[1, 1]] }), path: 'tables.0.rows', message: /radens namn/ },
    {
      name: 'two rows with one name',
      input: withTable({
        rows: [
          ['A', 1],
          ['A', 2],
        ],
        notes: [],
      }),
      path: 'tables.0.rows',
      message: /samma namn/,
    },
    {
      name: 'two columns with one id',
      input: withTable({ columns: [table.columns[0], { id: 'namn', label: 'X' }] }),
      path: 'tables.0.columns',
      message: /samma id/,
    },
    { name: 'a mark without its note', input: withTable({ notes: [] }), path: 'tables.0.notes', message: /notmärke/ },
    {
      name: 'an unknown unit',
      input: withTable({ columns: [table.columns[0], { id: 'antal', label: 'Antal', unit: 'liter' }] }),
      path: 'tables.0.columns.1.unit',
      message: /okänd enhet/,
    },
    { name: 'two tables with one id', input: { ...good, tables: [table, table] }, path: 'tables', message: /samma id/ },
    { name: 'a chart of a missing table', input: withChart({ table: 'y-tabell' }), path: 'charts', message: /tabell som inte finns/ },
    { name: 'a chart of a missing row', input: withChart({ rows: ['C'] }), path: 'charts', message: /kolumn eller rad/ },
    {
      name: 'a chart of a missing column',
      input: withChart({ series: [{ column: 'andel', label: 'Andel' }] }),
      path: 'charts',
      message: /kolumn eller rad/,
    },
    {
      name: 'a chart of a text column',
      input: withChart({ series: [{ column: 'namn', label: 'Namn' }] }),
      path: 'charts',
      message: /bara rita kolumner med tal/,
    },
    {
      name: 'a chart with five series',
      input: withChart({ series: Array(5).fill({ column: 'antal', label: 'Antal' }) }),
      path: 'charts.0.series',
      message: /högst fyra/,
    },
    {
      name: 'no example at all',
      input: { ...good, examples: { ...good.examples, tools: {} } },
      path: 'examples.tools',
      message: /minst ett verktyg/,
    },
    {
      name: 'an example for an unknown tool',
      input: { ...good, examples: { ...good.examples, tools: { kaffemaskinen: good.examples.tools.ambitionstrappan } } },
      path: 'examples.tools',
      message: /okänt verktyg/,
    },
    {
      name: 'an example without answers',
      input: {
        ...good,
        examples: { ...good.examples, tools: { ambitionstrappan: { comment: 'En kommentar som är lång nog.', answers: {} } } },
      },
      path: 'examples.tools.ambitionstrappan.answers',
      message: /inga svar/,
    },
    {
      name: 'a group of two',
      input: {
        ...good,
        examples: { ...good.examples, group: { ...good.examples.group, members: good.examples.group.members.slice(0, 2) } },
      },
      path: 'examples.group.members',
      message: /minst tre/,
    },
    { name: 'too few questions', input: { ...good, questions: ['Vad hade ni gjort?'] }, path: 'questions', message: /minst tre frågor/ },
  ])('rejects $name and says what is wrong', ({ input, path, message }) => {
    const issue = firstIssue(input);
    expect(issue?.path).toBe(path);
    expect(issue?.message).toMatch(message);
  });
});

describe('a case’s frontmatter', () => {
  const fm = {
    title: 'Ett projekt',
    short: 'EP',
    period: '2009–2012',
    place: 'Skåne',
    summary: 'Ett projekt som vi läser genom handbokens modeller.',
    order: 1,
    report: { title: 'Slutrapport om projektet', evaluator: 'Någon utvärderare' },
  };
  it('accepts a report without a year (when the report does not give one)', () =>
    expect(caseFrontmatterSchema.parse(fm).report.year).toBeUndefined());
  it.each([
    { name: 'a missing title', input: { ...fm, title: undefined }, path: 'title', message: /titeln saknas/ },
    { name: 'a long short name', input: { ...fm, short: 'x'.repeat(41) }, path: 'short', message: /kortnamnet är för långt/ },
    { name: 'a section written wrong', input: { ...fm, sections: ['kap 7'] }, path: 'sections.0', message: /7\.1\.3/ },
    {
      name: 'a report without evaluator',
      input: { ...fm, report: { title: 'Slutrapport om projektet' } },
      path: 'report.evaluator',
      message: /utvärderaren saknas/,
    },
  ])('rejects $name', ({ input, path, message }) => {
    const r = caseFrontmatterSchema.safeParse(input);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.issues[0]!.path.join('.')).toBe(path);
      expect(r.error.issues[0]!.message).toMatch(message);
    }
  });
});

describe('example answers against the tools', () => {
  const space = answerSpace([{ id: 'fraga', options: ['ja', 'nej'] }]);
  it.each([
    { name: 'answers that fit', answers: { fraga: 'ja' }, expected: [] },
    { name: 'no answers', answers: {}, expected: [] },
    { name: 'an unknown question', answers: { annan: 'ja' }, expected: ['verktyget: "annan" är ingen fråga i verktyget'] },
    {
      name: 'an unknown option',
      answers: { fraga: 'kanske' },
      expected: ['verktyget: "fraga" har inget svarsalternativ "kanske" (välj bland ja, nej)'],
    },
  ])('$name', ({ answers, expected }) => expect(exampleProblems('verktyget', answers, space)).toEqual(expected));

  it('stops the build on an answer the tool would drop, naming the file, the member and the item', () => {
    const bad = structuredClone(good);
    bad.examples.tools.ambitionstrappan.answers = { 'ses-alls': 'kanske' };
    bad.examples.group.members[1]!.answers = { ambitionstrappan: { 'finns-inte': 'ja' } };
    expect(() => loadCase('content/fallstudier/prov.yaml', stringify(bad))).toThrow(
      /prov\.yaml: exemplens svar passar inte verktygen:\n {2}- examples\.tools\.ambitionstrappan: "ses-alls" har inget svarsalternativ "kanske".*\n {2}- examples\.group\.members\.1 \(Medlem 2\): ambitionstrappan: "finns-inte" är ingen fråga/s,
    );
  });
  it('accepts a sound file', () => expect(loadCase('content/fallstudier/prov.yaml', stringify(good)).facts).toHaveLength(3));
});

describe('the real cases', () => {
  it('are all loaded and valid', () => expect(Object.keys(CASES)).toContain('integration-genom-arbete'));
  it('find tables and charts by id, and name a wrong id', () => {
    expect(findTable('iga-utfall').rows.length).toBeGreaterThan(5);
    expect(findChart('iga-utfall-diagram').table.id).toBe('iga-utfall');
    expect(() => findTable('finns-inte')).toThrow(/<CaseTable id="finns-inte">/);
    expect(() => findChart('finns-inte')).toThrow(/<CaseChart id="finns-inte">/);
  });
});

describe('Integration Genom Arbete: the table adds up as in the report', () => {
  const t = findTable('iga-utfall');
  const col = (id: string) => t.columns.findIndex((c) => c.id === id);
  const num = (row: string, id: string) => {
    const cell = t.rows.find((r) => r[0] === row)![col(id)];
    return typeof cell === 'number' ? cell : cell && typeof cell === 'object' ? cell.value : 0;
  };
  const cycles = [1, 2, 3, 4, 5, 6, 7].map((n) => `Cykel ${n}`);
  it.each(['deltagare', 'slut-arbete', 'slut-studier', 'dag90-arbete', 'dag90-studier'])('cycles 1–7 sum to the subtotal in %s', (id) => {
    expect(cycles.reduce((s, c) => s + num(c, id), 0)).toBe(num('Cykel 1–7 sammanlagt', id));
  });
  it.each(['deltagare', 'slut-arbete', 'slut-studier'])('the total of %s is the subtotal plus cycle 8', (id) => {
    expect(num('Cykel 1–7 sammanlagt', id) + num('Cykel 8', id)).toBe(num('Totalt', id));
  });
  it('the 90-day total adds cycle 8’s outcome at its end (the note)', () => {
    expect(num('Totalt', 'dag90-arbete')).toBe(num('Cykel 1–7 sammanlagt', 'dag90-arbete') + num('Cykel 8', 'slut-arbete'));
    expect(num('Totalt', 'dag90-studier')).toBe(num('Cykel 1–7 sammanlagt', 'dag90-studier') + num('Cykel 8', 'slut-studier'));
    expect(num('Totalt', 'dag90-arbete') + num('Totalt', 'dag90-studier')).toBe(154);
  });
});
