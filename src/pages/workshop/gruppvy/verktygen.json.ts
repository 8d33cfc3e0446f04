// The tools as the group view reads them – questions, options, code versions (src/tools/derived.ts)
// – as a file the view fetches once a group is open or a code arrives, rather than as props in
// its HTML for every visit. The service worker precaches it like any other file.
import type { APIRoute } from 'astro';
import { groupSpecs } from '../../../tools/derived';
import { MODELS } from '../../../tools/models';

export const GET: APIRoute = () => new Response(JSON.stringify(groupSpecs(MODELS)), { headers: { 'Content-Type': 'application/json' } });
