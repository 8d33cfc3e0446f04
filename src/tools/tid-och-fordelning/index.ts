// tid-och-fordelning: the tool's definition – its name and places, its one question list, and its result
// with findings. The registry (../index.ts) lists it; everything else is derived.
import { defineTool } from '../define';
import { questions } from './items';
import { RULES } from './findings';
import { meta } from './meta';
import type { PaybackModel } from './schema';
import { paybackReport } from './summary';

export default defineTool<PaybackModel>({ ...meta, questions, rules: Object.values(RULES), report: paybackReport });
