// Every internal link goes through here so the site works under any base path (see README).
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** "/ordlista/" → "/handbok/ordlista/" when built with BASE_PATH=/handbok/. */
export function url(path: string): string {
  if (!path.startsWith('/')) return path;
  return base + path;
}

/** Strips the base from a pathname, to compare with root-relative paths. */
export function withoutBase(pathname: string): string {
  return base && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
}
