// Each page's Content-Security-Policy lists the hashes of its own inline scripts and styles only.
// Astro writes the same list into every page – the hashes of every inline script and style in the
// whole site – which costs each page most of a kilobyte of first load and allows more than the
// page runs. After the build (src/integrations/page-csp.ts) the list is cut to what the page holds;
// every other source in the policy stays as Astro wrote it.
import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const hashes = (html: string, re: RegExp) => [...new Set([...html.matchAll(re)].map((m) => hash(m[1]!)))];

/** A directive's sources without its hashes, then the given hashes: "script-src 'self' 'sha256-…'". */
function withHashes(directive: string, own: string[]): string {
  const [name, ...sources] = directive.trim().split(/\s+/);
  return [name, ...sources.filter((s) => !s.startsWith("'sha256-")), ...own].join(' ');
}

/** The page with its policy's script and style hashes cut to those of its own inline code; unchanged without a policy. */
export function pageCsp(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const scripts = hashes(html, INLINE_SCRIPT);
  const styles = hashes(html, INLINE_STYLE);
  const policy = meta[1]!
    .split(';')
    .filter((d) => d.trim())
    .map((d) => {
      const name = d.trim().split(/\s+/)[0];
      if (name === 'script-src') return withHashes(d, scripts);
      if (name === 'style-src') return withHashes(d, styles);
      return d.trim();
    })
    .join(';');
  return html.replace(meta[0], () => `<meta http-equiv="content-security-policy" content="${policy}">`);
}
