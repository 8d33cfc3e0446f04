// The tools' models as files (src/pages/verktyg/[tool]/modell.json.ts), fetched by the pages that
// score answers from several tools – Min självskattning, the group view, the check's diagnosis –
// once there are answers to score, rather than carried in the page's HTML for every visitor.
// Each file is fetched at most once per page (./fetch-json.ts).
import { useEffect, useState } from 'preact/hooks';
import { fetchJson } from './fetch-json';
import { TOOL_META } from '../../tools/meta';
import type { Models, ToolId } from '../../tools/index';
import { useLoaded, type Loaded } from './use-module';

/** One tool's model. */
export function modelOf<I extends ToolId>(id: I): Promise<Models[I]> {
  return fetchJson<Models[I]>(`/verktyg/${id}/modell.json`);
}

/** The models of `ids`, as one object. */
export async function modelsOf(ids: readonly ToolId[]): Promise<Partial<Models>> {
  const models = await Promise.all(ids.map((id) => modelOf(id)));
  return Object.fromEntries(ids.map((id, i) => [id, models[i]]));
}

/** Every tool's model (the check's diagnosis places each model). */
export async function allModels(): Promise<Models> {
  return (await modelsOf(TOOL_META.map((m) => m.id as ToolId))) as Models;
}

/** Every tool's model once `when` holds; `failed` when a file could not be fetched (offline before a first visit). */
export function useAllModels(when = true): Loaded<Models> {
  return useLoaded(allModels, when);
}

/** The models of `ids` as they arrive (the group view's pictures of each tool). */
export function useModels(ids: readonly ToolId[]): Partial<Models> {
  const [models, setModels] = useState<Partial<Models>>({});
  const missing = ids.filter((id) => !models[id]);
  useEffect(() => {
    if (missing.length > 0)
      void modelsOf(missing).then(
        (m) => setModels((before) => ({ ...before, ...m })),
        () => undefined,
      );
  }, [missing.join()]);
  return models;
}
