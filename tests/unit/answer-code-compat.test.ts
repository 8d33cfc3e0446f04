// Answer codes made before amounts existed must keep working: the fixture holds codes written by
// the codec as it was before tid-och-fordelning (commit 1924723), and every one of them must
// still decode to the same answers, name and organisation – and be written the same way again.
import { describe, expect, it } from 'vitest';
import { checklistsSpace } from '../../src/tools/checklistor/score';
import { icebergSpace } from '../../src/tools/hindrens-isberg/score';
import { ladderSpace } from '../../src/tools/ambitionstrappan/score';
import { staircaseSpace } from '../../src/tools/samverkanstrappan/score';
import { checklistsModel, icebergModel, ladderModel, staircaseModel } from '../support/models';
import { decodeAnswerCode, encodeAnswerCode, type CodedTool, type CodeModel } from '../../src/lib/codes/answer-code';
import fixture from './fixtures/answer-codes-v1.json';

const models: Partial<Record<CodedTool, CodeModel>> = {
  ambitionstrappan: { version: ladderModel.version, space: ladderSpace(ladderModel) },
  'hindrens-isberg': { version: icebergModel.version, space: icebergSpace(icebergModel) },
  samverkanstrappan: { version: staircaseModel.version, space: staircaseSpace(staircaseModel) },
  checklistor: { version: checklistsModel.version, space: checklistsSpace(checklistsModel) },
};

interface Golden {
  tool: CodedTool;
  code: string;
  answers: Record<string, string>;
  name?: string;
  org?: string;
}
const golden = fixture as Golden[];

describe('codes from before amounts existed', () => {
  it('the fixture covers all four first tools', () => {
    expect(new Set(golden.map((g) => g.tool))).toEqual(new Set(Object.keys(models)));
  });

  it.each(golden.map((g) => [g.tool, g.code.slice(0, 40), g] as const))('%s %s… decodes unchanged', (_tool, _start, g) => {
    const r = decodeAnswerCode(g.code, models);
    expect(r).toEqual({ ok: true, value: { tool: g.tool, version: 1, answers: g.answers, name: g.name, org: g.org } });
  });

  it.each(golden.map((g) => [g.tool, g.code.slice(0, 40), g] as const))('%s %s… is written the same way again', (_tool, _start, g) => {
    expect(encodeAnswerCode({ tool: g.tool, version: 1, answers: g.answers, name: g.name, org: g.org }, models[g.tool]!)).toBe(g.code);
  });
});
