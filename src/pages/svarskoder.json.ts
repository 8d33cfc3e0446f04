// The questions every answer code is written and read with, for all registered tools, as one small
// file: the share block and a link opened on a tool page fetch it only when they need it, so that
// no tool page carries every other tool's questions. Precached with the rest of the site.
import type { APIRoute } from 'astro';
import { codeItems } from '../tools/derived';
import { MODELS } from '../tools/models';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(codeItems(MODELS)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
