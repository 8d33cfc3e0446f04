// The tools as the group view reads them (src/pages/workshop/gruppvy/verktygen.json.ts), fetched
// once per page when a group is open or a code arrives, and the code models made from them.
import type { CodeModels } from '../../lib/codes/person-code';
import { codeModelOf } from '../../lib/items';
import type { GroupToolSpec } from '../../lib/group/spec';
import { url } from '../../lib/url';
import { useLoaded, type Loaded } from '../../ui/tool/use-module';

let fetched: Promise<GroupToolSpec[]> | undefined;

export function loadSpecs(): Promise<GroupToolSpec[]> {
  if (!fetched) {
    fetched = fetch(url('/workshop/gruppvy/verktygen.json')).then((r) =>
      r.ok ? (r.json() as Promise<GroupToolSpec[]>) : Promise.reject(new Error(String(r.status))),
    );
    // A failed fetch (offline before the site was ever kept) is tried again next time.
    fetched.catch(() => (fetched = undefined));
  }
  return fetched;
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
