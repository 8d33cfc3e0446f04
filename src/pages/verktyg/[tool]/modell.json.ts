// Each tool's model as a file of its own, /verktyg/<id>/modell.json: Min självskattning, the
// group view and the check's diagnosis fetch the models of the tools that have answers
// (src/ui/tool/model-files.ts) instead of carrying every model in the page. The service worker
// precaches them like any other file, so scoring works offline too.
import type { APIRoute } from 'astro';
import { TOOL_IDS, type ToolId } from '../../../tools/index';
import { MODELS } from '../../../tools/models';

export function getStaticPaths() {
  return TOOL_IDS.map((tool) => ({ params: { tool } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(MODELS[params.tool as ToolId]), { headers: { 'Content-Type': 'application/json' } });
