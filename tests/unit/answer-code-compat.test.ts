// Answer codes people already hold must keep working. Two frozen fixtures: codes written by the
// codec before amounts existed (commit 1924723, the first four tools), and codes of every tool as
// they were when tools became one definition each (December 2026). Every one must decode to the
// same answers through today's registry – also after a tool's questions change, through its
// frozen earlier item list (legacyCodes) – and, while a tool's version is unchanged, be written
// the same way again.
import { describe, expect, it } from 'vitest';
import { decodeAnswerCode, encodeAnswerCode, type CodeModel } from '../../src/lib/codes/answer-code';
import type { ToolId as CodedTool } from '../../src/tools/index';
import { codeModelOf } from '../../src/lib/items';
import { codeItemsFor } from '../../src/tools/derived';
import { TOOL_IDS } from '../../src/tools/index';
import { MODELS } from '../support/models';
import before from './fixtures/answer-codes-v1.json';
import all from './fixtures/answer-codes-all-tools-2026-12.json';
import kollen from './fixtures/answer-codes-samverkanskollen-2026-12.json';

const models = Object.fromEntries(TOOL_IDS.map((id) => [id, codeModelOf(codeItemsFor(id, MODELS[id] as never))])) as Record<
  CodedTool,
  CodeModel
>;

interface Golden {
  tool: CodedTool;
  code: string;
  answers: Record<string, string>;
  name?: string;
  org?: string;
}
// Samverkanskollen came later (issue 14): its codes are frozen in a fixture of their own.
const golden = [...(before as Golden[]), ...(all as Golden[]), ...(kollen as Golden[])];

describe('codes people already hold', () => {
  it('the fixtures cover every tool', () => {
    expect(new Set(golden.map((g) => g.tool))).toEqual(new Set(TOOL_IDS));
  });

  it.each(golden.map((g) => [g.tool, g.code.slice(0, 40), g] as const))('%s %s… decodes to the same answers', (_tool, _start, g) => {
    const r = decodeAnswerCode(g.code, models);
    expect(r).toEqual({ ok: true, value: { tool: g.tool, version: models[g.tool].version, answers: g.answers, name: g.name, org: g.org } });
  });

  it.each(golden.map((g) => [g.tool, g.code.slice(0, 40), g] as const))(
    '%s %s… is written the same way again while its version holds',
    (_tool, _start, g) => {
      const version = Number(g.code.split('.')[2]);
      if (models[g.tool].version !== version) return;
      expect(encodeAnswerCode({ tool: g.tool, version, answers: g.answers, name: g.name, org: g.org }, models[g.tool])).toBe(g.code);
    },
  );
});

describe('codes of an earlier version of the questions', () => {
  // Version 1 asked a, b, c; version 2 dropped b and added d before c.
  const v1: [string, string[]][] = [
    ['a', ['ja', 'nej']],
    ['b', ['ja', 'nej']],
    ['c', ['ja', 'nej']],
  ];
  const v2 = codeModelOf({
    version: 2,
    items: [
      ['a', ['ja', 'nej']],
      ['d', ['ja', 'nej']],
      ['c', ['ja', 'nej']],
    ],
    legacy: { 1: v1 },
  });
  const old = encodeAnswerCode(
    { tool: 'checklistor', version: 1, answers: { a: 'nej', b: 'ja', c: 'ja' } },
    codeModelOf({ version: 1, items: v1 }),
  );

  it('reads through the frozen list and keeps what still fits today', () => {
    expect(decodeAnswerCode(old, { checklistor: v2 })).toEqual({
      ok: true,
      value: { tool: 'checklistor', version: 2, answers: { a: 'nej', c: 'ja' }, name: undefined, org: undefined },
    });
  });

  it('refuses a version it has no list for', () => {
    const without = codeModelOf({ version: 2, items: [['a', ['ja', 'nej']]] });
    expect(decodeAnswerCode(old, { checklistor: without })).toEqual({
      ok: false,
      error: 'Koden gäller en annan version av frågorna och kan inte läsas in.',
    });
  });
});
