// Every tool's entry at once (src/components/tools/tool-entries.ts), from the registry: for code
// that needs all tools' scoring from the start. Pages that can wait load one tool at a time.
import { TOOLS, TOOL_IDS, type Models } from '../../tools/index';
import { entryOf } from './entry-of';
import type { AssessmentEntry } from './tool-entries';

export type AssessmentModels = Models;
export type { AssessmentEntry } from './tool-entries';

export function assessmentEntries(models: Models): AssessmentEntry[] {
  return TOOL_IDS.map((id) => entryOf(id, TOOLS[id] as unknown as Parameters<typeof entryOf>[1], models[id]));
}
