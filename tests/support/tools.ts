// The nine tools as the built site shows them, for the e2e tests. Deliberately not imported from
// src/: the tests drive the built pages, and only need each tool's id (its URL under /verktyg/,
// its storage key "samverkan:<id>" and the prefix of its input names "<id>-<item>").
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

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The parts of a tool page whose content differs before anything is answered. */
export const EMPTY_STATE_PARTS = ['.tool__result', '.share', '.checklists__area-result'];
