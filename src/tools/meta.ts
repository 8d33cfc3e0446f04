// Every tool's name and places, found by folder: each src/tools/<id>/meta.ts exports `meta`.
// Tiny and client-safe (islands and the answer codes use it); the full definitions with
// scoring are in ./index.ts.
export interface ToolMeta {
  /** the folder name: storage key, URL (/verktyg/<id>/) and chapter frontmatter */
  id: string;
  /** the short name inside answer codes; stable, never reused for another tool */
  code: string;
  /** the place on the tools index and in lists across tools */
  order: number;
  /** the tool's name as the reader meets it */
  name: string;
  /** what the tool helps a group find out, in one sentence */
  purpose: string;
  /** the chapter (slug) that teaches the model the tool applies */
  chapter: string;
  /** sections of the manual the tool builds on */
  sections: readonly string[];
}

const found = import.meta.glob<ToolMeta>('./*/meta.ts', { eager: true, import: 'meta' });

/** All tools, in their order. */
export const TOOL_META: readonly ToolMeta[] = Object.values(found).sort((a, b) => a.order - b.order);

export function toolMeta(id: string): ToolMeta | undefined {
  return TOOL_META.find((t) => t.id === id);
}

export function toolByCode(code: string): ToolMeta | undefined {
  return TOOL_META.find((t) => t.code === code);
}

export function toolPath(id: string): string {
  return `/verktyg/${id}/`;
}
