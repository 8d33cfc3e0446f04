// samverkanskollen: the tool's definition – its own questions and their findings. The check as a
// whole draws on the other tools' items too (./bank.ts) and is read by ./diagnosis.ts, which
// nothing here imports (the registry must not depend on it).
import { defineTool } from '../define';
import { unknownRule } from '../shared/findings';
import { NO_RULES, RULES } from './findings';
import { questions } from './items';
import { meta } from './meta';
import type { KollenModel } from './schema';
import { kollenReport } from './summary';

export default defineTool<KollenModel>({
  ...meta,
  questions,
  rules: [...Object.values(NO_RULES), ...Object.values(RULES), unknownRule(meta.id)],
  report: kollenReport,
});
