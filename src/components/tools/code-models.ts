// Every tool's answer-code model in the browser, fetched once from /svarskoder.json (built from the
// registry by src/pages/svarskoder.json.ts) and kept for the visit. Loaded only when a code is
// shown or read, so that tool pages do not carry every tool's questions.
import type { CodeItems } from '../../lib/items';
import { codeModelOf } from '../../lib/items';
import type { CodeModels } from '../../lib/codes/person-code';
import { url } from '../../lib/url';

let loading: Promise<CodeModels> | undefined;

/** All tools' code models from the items, as given to islands or fetched. */
export function codeModelsOf(items: Record<string, CodeItems>): CodeModels {
  return Object.fromEntries(Object.entries(items).map(([id, code]) => [id, codeModelOf(code)]));
}

export function loadCodeModels(): Promise<CodeModels> {
  loading ??= fetch(url('/svarskoder.json'))
    .then((r) => (r.ok ? (r.json() as Promise<Record<string, CodeItems>>) : Promise.reject(new Error(String(r.status)))))
    .then(codeModelsOf)
    .catch((e: unknown) => {
      loading = undefined; // try again next time
      throw e;
    });
  return loading;
}
