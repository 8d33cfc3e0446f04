/**
 * Fallstudier: one evaluated project per case, in two files that share a slug.
 *
 *   content/fallstudier/<slug>.mdx   our text: frontmatter (caseFrontmatterSchema) + the body
 *   content/fallstudier/<slug>.yaml  the data (caseDataSchema): facts, tables, charts, examples,
 *                                    workshop questions – every figure lives here and only here
 *
 * The page /fallstudier/<slug>/ shows, in order: the summary, the facts box, the MDX body, "Prova
 * själv" (the examples), "Frågor för en workshop", and the credit to the report and the manual.
 *
 * In the MDX body, write our own words (never the report's sentences) and tie each claim to the
 * report: "(rapporten, avsnitt 3)". Three components need no import:
 *   <CaseTable id="iga-utfall" />          a table from the YAML, as a real HTML table
 *   <CaseChart id="iga-utfall-diagram" />  a bar chart drawn from a table, with its text alternative
 *   <CaseNumber table="iga-utfall" row="Totalt" column="dag90-totalt" />  one figure in the text
 * Plain Markdown links to the handbook ([kapitel 7](/handboken/samverkansledning/#…)) go through
 * url() on their own, like in the chapters; <Term id="…"> links a glossary term.
 * Table and chart ids are unique across all cases; prefix them with the case's short name.
 *
 * The YAML, field by field (see the JSDoc lines below; content/fallstudier/integration-genom-arbete.yaml
 * is a full example):
 *
 *   facts:     [{ label, value, source }]         value is text, or a number with a unit
 *   tables:    [{ id, caption, source, columns: [{ id, label, group?, unit? }], rows: [[…], …], notes? }]
 *              the first column holds the row's name; a cell is a number, text, null (no figure in
 *              the report) or { value, mark } where mark is one of the table's notes (e.g. "*")
 *   charts:    [{ id, table, caption, rows, series: [{ column, label }], max, reference? }]
 *   examples:  { note, tools: { <tool>: { answers, comment } }, group: { name, description, members } }
 *              answers are item id → option id of the tool's model (content/models/<tool>.yaml);
 *              the build stops if one of them does not fit the model
 *   questions: [text, …]                       questions for a workshop that uses the case
 */
import { z } from 'zod';
import { TOOL_IDS, type ToolId } from '../tools/index';
import { toolIdSchema } from './tool-ids';

const text = (what: string, min = 2) =>
  z
    .string({ error: `${what} saknas` })
    .trim()
    .min(min, `${what} saknas eller är för kort`);
const slugId = z.string().regex(/^[a-z0-9-]+$/, 'id får bara innehålla a–z, siffror och bindestreck');
/** Where in the report a fact stands: a section, a table, a page, e.g. "avsnitt 1, fotnot 1". */
const source = text('källan (avsnitt, tabell eller sida i rapporten)');

/** A case can give an example for every registered tool. */
export const CASE_TOOLS = TOOL_IDS as [ToolId, ...ToolId[]];
export type CaseTool = ToolId;

/** Frontmatter of content/fallstudier/<slug>.mdx. */
export const caseFrontmatterSchema = z.object({
  /** The project's name as the reader meets it, e.g. "Integration Genom Arbete". */
  title: text('titeln', 3),
  /** A short name for tight places (banners, lists), e.g. "IGA". */
  short: text('kortnamnet').max(40, 'kortnamnet är för långt (högst 40 tecken)'),
  /** The project's period in words, e.g. "2009–2012". */
  period: text('projektperioden'),
  /** Where the project ran, e.g. "Åstorp och fyra grannkommuner i nordvästra Skåne". */
  place: text('platsen'),
  /** One or two sentences for the list of cases, search results and the meta description. */
  summary: text('sammanfattningen', 20).max(320, 'sammanfattningen är för lång (högst 320 tecken)'),
  /** The place in the list of cases, 1 first. */
  order: z.number({ error: 'ordningen ska vara ett heltal' }).int().min(1),
  /** The evaluation report the case builds on. */
  report: z.object({
    /** The report's title or a description of it, e.g. "Slutrapport från utvärderingen av …". */
    title: text('rapportens titel', 5),
    /** Who evaluated, e.g. "Tranquist Utvärdering". */
    evaluator: text('utvärderaren'),
    /** The year of the report; left out when the report does not say. */
    year: z.number().int().min(1990).max(2100).optional(),
  }),
  /** The sections of the manual the reading builds on, for the credit line, e.g. ["7.1.3", "8.1"]. */
  sections: z.array(z.string().regex(/^\d+(\.\d+)*$/, 'avsnitt skrivs som 7.1.3')).default([]),
});
export type CaseFrontmatter = z.infer<typeof caseFrontmatterSchema>;

/** One key fact in the facts box. */
const factSchema = z.object({
  /** What the fact is, e.g. "Total budget". */
  label: text('faktans rubrik'),
  /** The fact: text, or a number shown with the unit. */
  value: z.union([text('värdet', 1), z.number()]),
  /** The unit of a number: "kr", "procent", "personer", … Left out for text. */
  unit: z.string().trim().min(1).optional(),
  source,
});
export type CaseFact = z.infer<typeof factSchema>;

/** How a column's numbers are shown: "antal" as they are, "procent" with " %", "kr" with " kr". */
export const UNITS = ['antal', 'procent', 'kr', 'text'] as const;
export type CellUnit = (typeof UNITS)[number];

const columnSchema = z.object({
  /** Stable id, used by charts. */
  id: slugId,
  /** The column's heading. */
  label: text('kolumnens rubrik', 1),
  /** A heading over several columns, e.g. "Vid cykelns slut"; neighbours with the same group share it. */
  group: z.string().trim().min(1).optional(),
  /** How the numbers are shown; "text" for the first column and other words. */
  unit: z.enum(UNITS, { error: `okänd enhet; välj bland ${UNITS.join(', ')}` }).default('antal'),
});

/** A cell: a number, words, null when the report gives no figure, or a number with a note mark. */
const cellSchema = z.union([z.number(), z.string(), z.null(), z.object({ value: z.number(), mark: z.string().trim().min(1).max(3) })]);
export type Cell = z.infer<typeof cellSchema>;

const tableSchema = z
  .object({
    /** Unique across all cases; start with the case's short name, e.g. "iga-utfall". */
    id: slugId,
    /** The table's caption: what it shows, in a sentence. */
    caption: text('tabellens rubrik', 5),
    source,
    columns: z.array(columnSchema).min(2, 'en tabell behöver minst två kolumner'),
    /** One array per row, in the columns' order; the first cell names the row. */
    rows: z.array(z.array(cellSchema)).min(1, 'tabellen har inga rader'),
    /** Notes under the table, each with the mark its cells use, e.g. { mark: "*", text: "…" }. */
    notes: z.array(z.object({ mark: z.string().trim().min(1).max(3), text: text('notens text', 5) })).default([]),
  })
  .refine((t) => t.rows.every((r) => r.length === t.columns.length), {
    message: 'varje rad ska ha lika många celler som tabellen har kolumner',
    path: ['rows'],
  })
  .refine((t) => t.rows.every((r) => typeof r[0] === 'string' && r[0].trim() !== ''), {
    message: 'första cellen i varje rad ska vara radens namn (text)',
    path: ['rows'],
  })
  .refine((t) => new Set(t.rows.map((r) => r[0])).size === t.rows.length, {
    message: 'två rader har samma namn; radnamnen ska vara unika',
    path: ['rows'],
  })
  .refine((t) => new Set(t.columns.map((c) => c.id)).size === t.columns.length, {
    message: 'två kolumner har samma id',
    path: ['columns'],
  })
  .refine(
    (t) => {
      const marks = new Set(t.notes.map((n) => n.mark));
      return t.rows.every((r) => r.every((c) => c === null || typeof c !== 'object' || marks.has(c.mark)));
    },
    { message: 'en cell har ett notmärke som saknas bland tabellens noter', path: ['notes'] },
  );
export type CaseTable = z.infer<typeof tableSchema>;

const chartSchema = z.object({
  /** Unique across all cases, e.g. "iga-utfall-diagram". */
  id: slugId,
  /** The id of the table the chart draws from (in the same file). */
  table: slugId,
  /** What the chart shows, in a sentence. */
  caption: text('diagrammets rubrik', 5),
  /** The rows to draw, by their names (first cell), in order. */
  rows: z.array(z.string().min(1)).min(1, 'välj minst en rad att rita'),
  /** The columns to draw as bars, each with the label in the legend. */
  series: z
    .array(z.object({ column: slugId, label: text('seriens namn') }))
    .min(1, 'välj minst en kolumn att rita')
    .max(4, 'högst fyra serier – fler blir oläsligt'),
  /** The value at the end of the axis, e.g. 100 for shares in per cent. */
  max: z.number().positive(),
  /** A line to compare with, e.g. the project's goal. */
  reference: z.object({ value: z.number(), label: text('referenslinjens text') }).optional(),
});
export type CaseChart = z.infer<typeof chartSchema>;

const answersSchema = z.record(slugId, slugId);
const UNKNOWN_TOOL = `okänt verktyg; välj bland ${CASE_TOOLS.join(', ')}`;
/** A record keyed by the tools, where an unknown key gets a message an editor understands. */
const byTool = <T extends z.ZodType>(value: T) =>
  z.partialRecord(toolIdSchema, value, {
    // zod reports an unknown key of a partial record as "unrecognized_keys", which its types for records leave out.
    error: (issue) => {
      const i = issue as { code: string; keys?: string[] };
      return i.code === 'unrecognized_keys' ? `${UNKNOWN_TOOL} (fick ${(i.keys ?? []).join(', ')})` : undefined;
    },
  });
const toolAnswersSchema = byTool(answersSchema);

const exampleSchema = z.object({
  /** Item id → option id, as in content/models/<tool>.yaml. */
  answers: answersSchema.refine((a) => Object.keys(a).length > 0, 'exemplet har inga svar'),
  /** How we read the report into these answers, and what it does not tell (shown on the page). */
  comment: text('kommentaren till exemplet', 20),
});

const memberSchema = z.object({
  /** A role, never a real person, e.g. "Kommunens representant". */
  name: text('medlemmens namn'),
  /** The organisation the member speaks for. */
  org: text('organisationen'),
  /** The member's answers per tool. */
  answers: toolAnswersSchema,
});

export const caseDataSchema = z
  .object({
    /** The key facts, each with its place in the report. */
    facts: z.array(factSchema).min(3, 'ge minst tre fakta'),
    tables: z.array(tableSchema).default([]),
    charts: z.array(chartSchema).default([]),
    examples: z.object({
      /** What the examples are: our interpretation, and where the report is silent. */
      note: text('anteckningen om tolkningen', 20),
      /** One example per tool; at least one. */
      tools: byTool(exampleSchema),
      /** An example group for trainers: fictional members who answer differently. */
      group: z.object({
        name: text('gruppens namn'),
        description: text('gruppens beskrivning', 20),
        members: z.array(memberSchema).min(3, 'en övningsgrupp behöver minst tre medlemmar').max(6, 'högst sex medlemmar'),
      }),
    }),
    /** Questions for a workshop that uses the case. */
    questions: z.array(text('frågan', 10)).min(3, 'ge minst tre frågor för en workshop'),
  })
  .refine((d) => Object.keys(d.examples.tools).length > 0, { message: 'ge ett exempel för minst ett verktyg', path: ['examples', 'tools'] })
  .refine((d) => new Set(d.tables.map((t) => t.id)).size === d.tables.length, { message: 'två tabeller har samma id', path: ['tables'] })
  .refine((d) => d.charts.every((c) => d.tables.some((t) => t.id === c.table)), {
    message: 'ett diagram pekar på en tabell som inte finns i filen',
    path: ['charts'],
  })
  .refine(
    (d) =>
      d.charts.every((c) => {
        const t = d.tables.find((x) => x.id === c.table);
        return (
          !t ||
          (c.series.every((s) => t.columns.some((col) => col.id === s.column)) && c.rows.every((r) => t.rows.some((row) => row[0] === r)))
        );
      }),
    { message: 'ett diagram nämner en kolumn eller rad som inte finns i tabellen', path: ['charts'] },
  )
  .refine(
    (d) =>
      d.charts.every((c) => {
        const t = d.tables.find((x) => x.id === c.table);
        return !t || c.series.every((s) => ['antal', 'procent', 'kr'].includes(t.columns.find((col) => col.id === s.column)?.unit ?? ''));
      }),
    { message: 'ett diagram kan bara rita kolumner med tal (enhet antal, procent eller kr)', path: ['charts'] },
  );
export type CaseData = z.infer<typeof caseDataSchema>;
