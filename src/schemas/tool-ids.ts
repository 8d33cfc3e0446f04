// A tool id in content (chapter and workshop frontmatter, case examples): any tool the registry
// (src/tools/index.ts) has, with a message that lists them.
import { z } from 'zod';
import { TOOL_IDS, type ToolId } from '../tools/index';

export const toolIdSchema = z.enum(TOOL_IDS as [ToolId, ...ToolId[]], { error: `okänt verktyg; välj bland ${TOOL_IDS.join(', ')}` });
