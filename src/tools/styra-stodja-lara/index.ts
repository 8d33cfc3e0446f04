// styra-stodja-lara: the tool's definition – its name and places, its one question list, and its result
// with findings. The registry (../index.ts) lists it; everything else is derived.
import { defineTool } from '../define';
import { unknownRule } from '../shared/findings';
import { questions } from './items';
import { RULES } from './findings';
import { meta } from './meta';
import type { RoleBalanceModel } from './schema';
import { roleBalanceReport } from './summary';

export default defineTool<RoleBalanceModel>({
  ...meta,
  questions,
  rules: [...Object.values(RULES), unknownRule(meta.id)],
  report: roleBalanceReport,
});
