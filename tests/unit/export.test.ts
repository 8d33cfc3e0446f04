import { describe, expect, it } from 'vitest';
import { answerSpace } from '../../src/lib/answers';
import { buildExport, MAX_IMPORT_BYTES, parseImport, toCsv } from '../../src/lib/export';

const spaces = {
  ambitionstrappan: answerSpace([
    { id: 'ses-alls', options: ['ja', 'nej'] },
    { id: 'mal', options: ['strategisk'] },
  ]),
  checklistor: answerSpace([{ id: 'x', options: ['ja'] }]),
};

describe('export and import', () => {
  it('round-trips every tool’s answers', () => {
    const tools = { ambitionstrappan: { 'ses-alls': 'ja', mal: 'strategisk' }, checklistor: {} };
    const file = buildExport(tools, new Date('2026-11-25T10:00:00Z'));
    expect(JSON.parse(file)).toMatchObject({ format: 'samverkanshandboken', version: 1, exportedAt: '2026-11-25T10:00:00.000Z' });
    // A tool without answers is left out: reading the file elsewhere must not wipe that tool there.
    expect(JSON.parse(file).tools).toEqual({ ambitionstrappan: tools.ambitionstrappan });
    expect(parseImport(file, spaces)).toEqual({ ok: true, tools: { ambitionstrappan: tools.ambitionstrappan }, dropped: 0 });
  });

  it('carries stored text that could not be read, and only then', () => {
    const file = JSON.parse(buildExport({ ambitionstrappan: { mal: 'strategisk' } }, new Date(), { framgang: '{trasig' }));
    expect(file.unreadable).toEqual({ framgang: '{trasig' });
    expect(JSON.parse(buildExport({ ambitionstrappan: { mal: 'strategisk' } })).unreadable).toBeUndefined();
  });

  it('drops answers that no longer fit the questions, and says how many', () => {
    const file = buildExport({ ambitionstrappan: { 'ses-alls': 'kanske', borta: 'ja', mal: 'strategisk' } });
    expect(parseImport(file, spaces)).toEqual({ ok: true, tools: { ambitionstrappan: { mal: 'strategisk' } }, dropped: 2 });
  });

  it.each([
    ['not JSON', '{"format":', /går inte att läsa/],
    ['another format', '{"format":"annat","tools":{}}', /inte en export från Samverkanshandboken/],
    ['a damaged file', '{"format":"samverkanshandboken","version":1,"tools":{"ambitionstrappan":{"a":1}}}', /skadat eller ändrat/],
    ['a hostile id', '{"format":"samverkanshandboken","version":1,"tools":{"ambitionstrappan":{"<script>":"ja"}}}', /skadat eller ändrat/],
    ['a newer version', '{"format":"samverkanshandboken","version":7,"tools":{}}', /nyare version/],
    ['an unknown tool', '{"format":"samverkanshandboken","version":1,"tools":{"okänt":{}}}', /okänt verktyg/],
    ['an oversized file', ' '.repeat(MAX_IMPORT_BYTES + 1), /för stor/],
    ['null', 'null', /inte en export/],
    // Names every object inherits are no tools (F2, F5).
    ['toString as a tool', '{"format":"samverkanshandboken","version":1,"tools":{"toString":{"a":"b"}}}', /okänt verktyg/],
    ['constructor as a tool', '{"format":"samverkanshandboken","version":1,"tools":{"constructor":{}}}', /okänt verktyg/],
    ['hasOwnProperty as a tool', '{"format":"samverkanshandboken","version":1,"tools":{"hasOwnProperty":{}}}', /okänt verktyg/],
    ['__proto__ as a tool', '{"format":"samverkanshandboken","version":1,"tools":{"__proto__":{"a":"b"}}}', /okänt verktyg/],
    ['valueOf as a tool', '{"format":"samverkanshandboken","version":1,"tools":{"valueOf":{}}}', /okänt verktyg/],
    ['no answers at all', '{"format":"samverkanshandboken","version":1,"tools":{}}', /inga svar/],
  ])('refuses %s with a Swedish message', (_name, text, message) => {
    const r = parseImport(text, spaces);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe('CSV', () => {
  it('quotes every field, doubles quotes, defuses formulas and starts with a BOM for Excel', () => {
    const csv = toCsv([{ tool: 'T', section: 'Del "1"', item: '=SUM(A1)', answer: 'Ja' }]);
    expect(csv).toBe('\uFEFF"Verktyg";"Del";"Fråga";"Svar"\r\n"T";"Del ""1""";"\'=SUM(A1)";"Ja"\r\n');
  });
});
