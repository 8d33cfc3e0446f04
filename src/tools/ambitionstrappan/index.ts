// ambitionstrappan: the tool's definition – its name and places, its one question list, and its result
// with findings. The registry (../index.ts) lists it; everything else is derived.
import { defineTool } from '../define';
import { unknownRule } from '../shared/findings';
import codesV1 from './codes-v1.json';
import codesV2 from './codes-v2.json';
import { questions } from './items';
import { RULES } from './findings';
import { meta } from './meta';
import type { LadderModel } from './schema';
import { ladderReport } from './summary';

export default defineTool<LadderModel>({
  ...meta,
  questions,
  rules: [...Object.values(RULES), unknownRule(meta.id)],
  report: ladderReport,
  // Version 1 asked `ledningside` on level 4 and had no `accepterar-ledning`, `gemensam-linje` or `en-grupp`;
  // version 2 had no "vet inte" for the level aimed at.
  legacyCodes: { 1: codesV1 as [string, string[]][], 2: codesV2 as [string, string[]][] },
});
