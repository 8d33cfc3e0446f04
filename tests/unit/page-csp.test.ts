// Each page's Content-Security-Policy names only its own inline scripts and styles
// (src/lib/csp/page-hashes.ts): the hashes of other pages' code go, every other source stays.
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { pageCsp } from '../../src/lib/csp/page-hashes';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const policy = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)![1]!.split(';');
const page = (csp: string, body: string) =>
  `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${csp}"></head><body>${body}</body></html>`;

const SITE_WIDE =
  "default-src 'self';object-src 'none';script-src 'self' 'wasm-unsafe-eval' 'sha256-AAAA' 'sha256-BBBB';style-src 'self' 'sha256-CCCC'";

it('keeps the hashes of the page’s own inline scripts and styles, once each, and drops the rest', () => {
  const body =
    '<script>run(1)</script><script type="module">run(2)</script><script>run(1)</script>' +
    '<script type="module" src="/_astro/x.js"></script><style>p{color:red}</style>';
  expect(policy(pageCsp(page(SITE_WIDE, body)))).toEqual([
    "default-src 'self'",
    "object-src 'none'",
    `script-src 'self' 'wasm-unsafe-eval' ${sha('run(1)')} ${sha('run(2)')}`,
    `style-src 'self' ${sha('p{color:red}')}`,
  ]);
});

it('leaves a page without inline code only the sources that are not hashes', () => {
  expect(policy(pageCsp(page(SITE_WIDE, '<p>Hej</p>')))).toEqual([
    "default-src 'self'",
    "object-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
  ]);
});

it('changes nothing but the policy, and nothing at all on a page without one', () => {
  const body = '<script>run($&)</script><p>Allt annat står kvar.</p>';
  const cut = pageCsp(page(SITE_WIDE, body));
  expect(cut.replace(/content="[^"]*"/, '')).toBe(page(SITE_WIDE, body).replace(/content="[^"]*"/, ''));
  const plain = `<html><body>${body}</body></html>`;
  expect(pageCsp(plain)).toBe(plain);
});
