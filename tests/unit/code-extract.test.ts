// Finding codes in anything pasted: realistic chat transcripts and e-mails, table-driven. Each
// case says which codes must be found (in order) and which lines must be reported as unreadable.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractCodes } from '../../src/lib/codes/extract';
import { encodeAnswerCode } from '../../src/lib/codes/answer-code';
import { encodePersonCode, type CodeModels } from '../../src/lib/codes/person-code';
import { codeModelOf } from '../../src/lib/items';
import { TOOL_IDS } from '../../src/tools/index';
import { CODE_ITEMS } from '../support/models';

const models: CodeModels = Object.fromEntries(TOOL_IDS.map((id) => [id, codeModelOf(CODE_ITEMS[id])]));
const person = (id: string, name?: string) =>
  encodePersonCode(
    {
      person: id,
      time: '2026-12-05T09:41:07.000Z',
      tools: { ambitionstrappan: { 'ses-alls': 'ja', mal: 'strategisk' }, 'hindrens-isberg': { sekretess: '2', lagar: '1' } },
      name,
      org: 'Region Skåne',
    },
    models,
  );
const A = person('anna0001', 'Anna Berg');
const B = person('bo000002');
const C = person('cecilia3', 'Cecilia Lund');
const OLD = encodeAnswerCode({ tool: 'checklistor', version: 1, answers: {}, name: 'Gunilla' }, models.checklistor!);
const site = 'https://samverkanshandboken.se/verktyg/ambitionstrappan/';
const link = (code: string) => `${site}#kod=${code}`;
const safe = (code: string) =>
  `https://eur02.safelinks.protection.outlook.com/?url=${encodeURIComponent(link(code))}&data=05%7C02%7Cx%40y.se%7C1234&sdata=abc%3D&reserved=0`;
const teams = (code: string) =>
  `https://statics.teams.cdn.office.net/evergreen-assets/safelinks/1/atp-safelinks.html?url=${encodeURIComponent(encodeURIComponent(link(code)))}&locale=sv-se`;
/** A link wrapped by a mail program at `at` characters, the rest indented. */
const wrapped = (text: string, at: number, indent = '    ') => `${text.slice(0, at)}\n${indent}${text.slice(at)}`;

const cases: { name: string; text: string; codes: string[]; unreadable?: number[] }[] = [
  { name: 'a bare code', text: A, codes: [A] },
  { name: 'a link', text: link(A), codes: [A] },
  {
    name: 'a Teams chat copied with names and times',
    text: `Anna Berg 10:32\nHär är mina svar: ${link(A)}\n\nBo 10:33\n${link(B)}.\nCecilia Lund 10:35\n"${link(C)}"`,
    codes: [A, B, C],
  },
  { name: 'trailing punctuation and a signature', text: `Mina svar: ${link(A)}. /Gunilla`, codes: [A] },
  { name: '<…> around a link (Outlook plain text)', text: `Se <${link(A)}>, tack!`, codes: [A] },
  { name: 'parentheses and an exclamation mark', text: `(${link(B)})!`, codes: [B] },
  { name: 'an Outlook safe link', text: `Länk: ${safe(A)}`, codes: [A] },
  { name: 'a Teams safe link, encoded twice', text: teams(C), codes: [C] },
  { name: 'a percent-encoded fragment', text: `${site}%23kod%3D${A}`, codes: [A] },
  { name: 'a link wrapped over two lines with indentation', text: `Hej!\n${wrapped(link(A), 70)}\nMvh Anna`, codes: [A] },
  { name: 'a code wrapped inside e-mail quoting', text: `> Svaren:\n> ${wrapped(A, 30, '> ')}\n> /Bo`, codes: [A] },
  { name: 'a code split by a space', text: `${A.slice(0, 20)} ${A.slice(20)}`, codes: [A] },
  { name: 'several codes on one line', text: `${A} ${link(B)};${C}`, codes: [A, B, C] },
  { name: 'a lower-cased start', text: `svh2${A.slice(4)}`, codes: [A] },
  { name: 'an old one-tool code among new ones', text: `${OLD}\n${A}`, codes: [OLD, A] },
  {
    name: 'a truncated code is reported on its line',
    text: `Anna 10:32\n${A}\nCecilia 10:40\n${C.slice(0, -9)}`,
    codes: [A],
    unreadable: [4],
  },
  { name: 'a link without a code', text: `${site}#kod=\nBo 10:33\n${B}`, codes: [B], unreadable: [1] },
  { name: 'a name that contains SVH is not a code', text: `Hälsningar från SVHX-gruppen\n${B}`, codes: [B], unreadable: [] },
  { name: 'text without codes', text: 'Hej, jag kommer tio minuter sent.', codes: [] },
];

describe('finding codes in pasted text', () => {
  it.each(cases)('$name', ({ text, codes, unreadable = [] }) => {
    const r = extractCodes(text);
    expect(r.found.map((f) => f.code)).toEqual(codes);
    expect(r.unreadable.map((u) => u.line)).toEqual(unreadable);
  });

  it('says on which line each code starts', () => {
    const r = extractCodes(`Anna 10:32\n${link(A)}\n\nBo 10:33\n${B}`);
    expect(r.found.map((f) => f.line)).toEqual([2, 5]);
  });

  it('never throws on 1,000 random texts with codes and fragments mixed in', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(A, B, link(C), safe(A), 'SVH2.', '#kod=', '\n', ' > ', A.slice(0, 30)),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const r = extractCodes(text);
        // Whatever is found is a whole code: it ends where its checksum says.
        for (const f of r.found) expect(f.code).toMatch(/^SVH\d\.[0-9A-Za-z._~-]*[0-9a-z]$/);
      }),
      { numRuns: 1000 },
    );
  });
});
