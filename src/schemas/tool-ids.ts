/**
 * Every tool the handbook has or plans, by the id used in chapter frontmatter, storage keys and
 * answer codes. A tool's page is /verktyg/<id>/ once it exists (see src/lib/tools.ts).
 */
export const TOOL_IDS = [
  'ambitionstrappan',
  'hindrens-isberg',
  'samverkanstrappan',
  'checklistor',
  'styra-stodja-lara',
  'ledarstilar',
  'framgang',
  'processen',
  'tid-och-fordelning',
] as const;

export type ToolId = (typeof TOOL_IDS)[number];
