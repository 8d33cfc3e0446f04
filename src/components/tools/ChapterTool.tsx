// Island: a tool inside the chapter that teaches its model (src/components/mdx/ToolEmbed.astro).
// A chapter is read first, so its HTML carries only the tool's introduction: the questions are
// drawn here, once the reader comes near, from the tool's own component and its model file. That
// keeps a chapter with two tools about as light as one without (11 KB of gzip HTML less in
// chapter 7). The answers are the tool's own store, as on its page.
import type { ComponentType } from 'preact';
import type { ToolId } from '../../tools/index';
import { narrowAreas } from '../../tools/checklistor/areas';
import { modelOf } from '../../ui/tool/model-files';
import { useLoaded } from '../../ui/tool/use-module';
import { t } from '../../ui/strings-tools';

export interface ChapterToolProps {
  tool: ToolId;
  /** the items the check also asks (they carry a note) */
  asked: string[];
  /** For checklistor: only these areas. */
  areas?: string[] | undefined;
}

interface ToolProps {
  model: unknown;
  asked?: string[];
}

// Each tool folder's island (<Name>Tool.tsx exports its one component), found by folder so there
// is no list to keep; the check is never embedded in a chapter. Only in the browser: on the
// server the place-holder is all there is to draw, and the tools' styles come linked from
// ToolEmbed.astro rather than inlined into every chapter from here.
const islands: Record<string, () => Promise<Record<string, ComponentType<ToolProps>>>> = import.meta.env.SSR
  ? {}
  : import.meta.glob<Record<string, ComponentType<ToolProps>>>('../../tools/*/*Tool.tsx');

async function load(tool: ToolId, areas: string[] | undefined): Promise<{ Tool: ComponentType<ToolProps>; model: unknown }> {
  const file = Object.keys(islands).find((path) => path.startsWith(`../../tools/${tool}/`));
  if (!file) throw new Error(`${tool}: inget verktyg att visa`);
  const [module, model] = await Promise.all([islands[file]!(), modelOf(tool)]);
  const Tool = Object.values(module)[0]!;
  return { Tool, model: areas ? narrowAreas(model as { areas: { id: string }[] }, areas) : model };
}

export function ChapterTool({ tool, asked, areas }: ChapterToolProps) {
  const { value, failed } = useLoaded(() => load(tool, areas));
  if (value) return <value.Tool model={value.model} asked={asked} />;
  // Until then a quiet place-holder of about the tool's first screen, so the text below moves
  // little; without JavaScript the introduction's link to the tool's page is the way in.
  return (
    <div class="tool-embed__slot" aria-busy={!failed}>
      {failed && <p class="notice">{t('chapterTool.failed')}</p>}
    </div>
  );
}
