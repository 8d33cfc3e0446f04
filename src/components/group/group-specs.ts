// The tools as the group view reads them (src/pages/workshop/gruppvy/verktygen.json.ts), fetched
// once a group is open or a code arrives (at most once per page), and the code models made from them.
import type { CodeModels } from '../../lib/codes/person-code';
import { codeModelOf } from '../../lib/items';
import type { GroupToolSpec } from '../../lib/group/spec';
import { fetchJson } from '../../ui/tool/fetch-json';
import { useLoaded, type Loaded } from '../../ui/tool/use-module';

export function loadSpecs(): Promise<GroupToolSpec[]> {
  return fetchJson<GroupToolSpec[]>('/workshop/gruppvy/verktygen.json');
}

/** How each tool's answer codes are read and written. */
export function codeModelsOf(specs: readonly GroupToolSpec[]): CodeModels {
  return Object.fromEntries(
    specs.map((s) => [
      s.tool,
      codeModelOf({
        version: s.version,
        items: s.items.map((i) => [i.id, i.options.map((o) => o.id)]),
        amounts: s.amounts,
        legacy: s.legacy,
      }),
    ]),
  );
}

/** The specs once `when` holds. */
export function useSpecs(when: boolean): Loaded<GroupToolSpec[]> {
  return useLoaded(loadSpecs, when);
}
