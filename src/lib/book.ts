// The whole handbook on one page (/hela-handboken/): pure rewrites of a chapter's rendered HTML,
// so that twelve chapters can share one page. Each chapter reuses ids ("i-korthet",
// "att-diskutera-i-gruppen"), so every id inside a chapter gets the chapter's prefix, and every
// reference to it inside the chapter follows; headings move one level down under the chapter's
// own heading; internal links get their full address for print.

/** Attributes that hold one id or a space-separated list of ids. */
const ID_LIST_ATTRS = [
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-details',
  'aria-errormessage',
  'for',
  'list',
  'form',
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Every id="…" defined in `html`. */
export function definedIds(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/**
 * Prefixes every id defined in `html` with `prefix`, and rewrites the references to those ids
 * (href="#id", aria-labelledby and friends, for=, url(#id) in SVG). References to ids the
 * fragment does not define (the glossary at the end of the book, say) are left alone.
 */
export function scopeIds(html: string, prefix: string): string {
  const ids = definedIds(html);
  if (ids.size === 0) return html;
  const p = (id: string) => (ids.has(id) ? prefix + id : id);
  let out = html.replace(/(\sid=")([^"]+)(")/g, (_, a: string, id: string, b: string) => a + p(id) + b);
  out = out.replace(
    /(\s(?:href|xlink:href)="#)([^"]*)(")/g,
    (_, a: string, id: string, b: string) => a + (ids.has(id) ? prefix + id : p(safeDecode(id))) + b,
  );
  const listAttrs = new RegExp(`(\\s(?:${ID_LIST_ATTRS.map(escapeRegExp).join('|')})=")([^"]*)(")`, 'g');
  out = out.replace(listAttrs, (_, a: string, list: string, b: string) => a + list.split(/\s+/).map(p).join(' ') + b);
  out = out.replace(/url\(#([^)\s'"]+)\)/g, (_, id: string) => `url(#${p(id)})`);
  return out;
}

/** Moves every heading `by` levels down (h2 → h3 …), never below h6. */
export function demoteHeadings(html: string, by = 1): string {
  const level = (n: string) => Math.min(6, Number(n) + by);
  return html.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_, slash: string, n: string) => `<${slash}h${level(n)}`);
}

/**
 * The full address of a link for print: "/handbok/ordlista/" → "https://example.org/handbok/ordlista/".
 * Links within the page (#…) and other schemes get none. Without the site's address (a build
 * without SITE_URL) a link on the site keeps its path, for the browser to complete
 * (src/scripts/print-addresses.ts).
 */
export function printAddress(href: string, site: string | URL | undefined): string | undefined {
  if (href.startsWith('/') && !href.startsWith('//')) return site ? new URL(href, site).href : href;
  if (/^https?:\/\//i.test(href)) return href;
  return undefined;
}

const A_TAG = /<a((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*(\/?)>/g;

/**
 * Adds data-print-href="<full address>" to every <a> whose href leaves the page, so that print
 * CSS can write the address out (attr(href) would print "/handboken/…" without the site).
 */
export function addPrintAddresses(html: string, site: string | URL | undefined): string {
  return html.replace(A_TAG, (tag: string, attrs: string, selfClose: string) => {
    if (/\sdata-print-href=/.test(attrs)) return tag;
    const href = /\shref="([^"]*)"/.exec(attrs)?.[1];
    const address = href === undefined ? undefined : printAddress(href.replace(/&amp;/g, '&'), site);
    if (!address) return tag;
    return `<a${attrs} data-print-href="${address.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"${selfClose}>`;
  });
}

/** The id prefix of a chapter in the book: "samverkansledning" → "samverkansledning--". */
export function chapterPrefix(chapterId: string): string {
  return `${chapterId}--`;
}

/** The id of a glossary entry in the book: "samsyn" → "ordlista--samsyn". */
export function glossaryAnchor(termId: string): string {
  return `ordlista--${termId}`;
}
