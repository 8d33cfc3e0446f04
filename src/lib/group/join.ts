// Short addresses for joining from the wall: one letter per tool, so that "handboken.se/k" can be
// typed from across a room. src/pages/[kort].astro makes each a small page with one link on to
// the tool. One list, used by the pages, the join slide and the tests. Pure.

/** tool id → its short path (without slashes) */
export const SHORT_PATHS: Readonly<Record<string, string>> = {
  samverkanskollen: 'k',
  ambitionstrappan: 'a',
  'hindrens-isberg': 'i',
  samverkanstrappan: 's',
  checklistor: 'c',
  'styra-stodja-lara': 'r',
  ledarstilar: 'l',
  framgang: 'f',
  processen: 'p',
  'tid-och-fordelning': 't',
};

/** The tool participants are asked to answer when nobody has chosen: the check if it exists. */
export function defaultJoinTool(tools: readonly string[]): string | undefined {
  return tools.includes('samverkanskollen') ? 'samverkanskollen' : tools[0];
}

/**
 * The two addresses for a tool: the QR code's link straight to the tool, and a short one to read
 * aloud or type – without "https://" (browsers add it) – that leads there in one tap. `root` is
 * the site's origin plus base path.
 */
export function joinAddresses(root: string, tool: string): { link: string; short: string } {
  const base = root.replace(/\/+$/, '');
  const link = `${base}/verktyg/${tool}/`;
  const kort = SHORT_PATHS[tool];
  return { link, short: (kort ? `${base}/${kort}` : link.replace(/\/$/, '')).replace(/^https?:\/\//, '') };
}
