// Every tool's model as one JSON file, for Samverkanskollen's diagnosis: the check's page fetches
// it together with the diagnosis code only once there are answers, so the page itself stays light.
// The service worker precaches it like any other file, so the diagnosis works offline too.
import type { APIRoute } from 'astro';
import { MODELS } from '../../../tools/models';

export const GET: APIRoute = () => new Response(JSON.stringify(MODELS), { headers: { 'Content-Type': 'application/json' } });
