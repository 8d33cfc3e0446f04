// What the e2e tests need to know about the tools: their ids come from the registry (the one
// list), used as each tool's URL under /verktyg/, storage key "samverkan:<id>" and the prefix of
// its input names "<id>-<item>".
export { TOOL_IDS, type ToolId } from '../../src/tools/index';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The parts of a tool page whose content differs before anything is answered. */
export const EMPTY_STATE_PARTS = ['.tool__result', '.share', '.checklists__area-result'];
