// samverkanstrappan: the tool's definition – its name and places, its one question list, and its result
// with findings. The registry (../index.ts) lists it; everything else is derived.
import { defineTool } from '../define';
import { unknownRule } from '../shared/findings';
import { questions } from './items';
import { RULES } from './findings';
import { meta } from './meta';
import type { StaircaseModel } from './schema';
import { staircaseReport } from './summary';
// Version 1's questions (four options per graded question, no requirements), frozen when version 2
// gave every question one option per step and added the requirements common to every step; version
// 2's, frozen when version 3 gave the question about the form a "vet inte".
import v1 from './codes-v1.json';
import v2 from './codes-v2.json';

export default defineTool<StaircaseModel>({
  ...meta,
  questions,
  rules: [...Object.values(RULES), unknownRule(meta.id)],
  report: staircaseReport,
  legacyCodes: { 1: v1 as [string, string[]][], 2: v2 as [string, string[]][] },
});
