// A JSON file of the site's own (a tool's model, the group view's tools), fetched at most once per
// page. A failed fetch – offline before the site was ever kept – is tried again on the next call.
import { url } from '../../lib/url';

const fetched = new Map<string, Promise<unknown>>();

export function fetchJson<T>(path: string): Promise<T> {
  let file = fetched.get(path);
  if (!file) {
    file = fetch(url(path)).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${path}: ${r.status}`))));
    file.catch(() => fetched.delete(path));
    fetched.set(path, file);
  }
  return file as Promise<T>;
}
