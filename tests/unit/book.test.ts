import { describe, expect, it } from 'vitest';
import { addPrintAddresses, definedIds, demoteHeadings, printAddress, scopeIds } from '../../src/lib/book';

describe('scopeIds', () => {
  const chapter = [
    '<aside class="in-short" aria-labelledby="i-korthet"><h2 id="i-korthet">I korthet</h2></aside>',
    '<h2 id="när-har-vi-lyckats">När?</h2><a href="#när-har-vi-lyckats">hit</a><a href="#n%C3%A4r-har-vi-lyckats">kodad</a>',
    '<figure aria-labelledby="fig-a-cap"><div role="img" aria-labelledby="fig-a-cap" aria-describedby="fig-a-desc">',
    '<svg><marker id="pil"></marker><path marker-end="url(#pil)"/></svg></div><figcaption id="fig-a-cap">A</figcaption><p id="fig-a-desc">…</p></figure>',
    '<a class="term" href="#ordlista--samsyn">samsyn</a><a href="/handboken/x/#i-korthet">annat kapitel</a>',
  ].join('');
  const out = scopeIds(chapter, 'k7--');

  it('prefixes every id and every reference to it inside the chapter', () => {
    expect([...definedIds(out)].sort()).toEqual(['k7--fig-a-cap', 'k7--fig-a-desc', 'k7--i-korthet', 'k7--när-har-vi-lyckats', 'k7--pil']);
    expect(out).toContain('aria-labelledby="k7--i-korthet"');
    expect(out).toContain('href="#k7--när-har-vi-lyckats">hit');
    expect(out).toContain('href="#k7--när-har-vi-lyckats">kodad');
    expect(out).toContain('aria-labelledby="k7--fig-a-cap" aria-describedby="k7--fig-a-desc"');
    expect(out).toContain('url(#k7--pil)');
  });

  it('leaves references to ids outside the chapter, and links to other pages, alone', () => {
    expect(out).toContain('href="#ordlista--samsyn"');
    expect(out).toContain('href="/handboken/x/#i-korthet"');
  });

  it('makes two chapters with the same ids share a page without a clash', () => {
    const both = scopeIds(chapter, 'a--') + scopeIds(chapter, 'b--');
    const ids = [...both.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('demoteHeadings', () => {
  it('moves every heading one level down, opening and closing tags alike', () => {
    expect(demoteHeadings('<h2 id="a">A</h2><h3>B</h3><h4 class="x">C</h4><header>h</header>')).toBe(
      '<h3 id="a">A</h3><h4>B</h4><h5 class="x">C</h5><header>h</header>',
    );
  });
  it('stops at h6', () => expect(demoteHeadings('<h6>x</h6>', 2)).toBe('<h6>x</h6>'));
});

describe('print addresses', () => {
  it.each([
    ['/handbok/ordlista/', 'https://example.org', 'https://example.org/handbok/ordlista/'],
    ['/handboken/x/#rubrik', 'https://example.org/', 'https://example.org/handboken/x/#rubrik'],
    ['https://annan.se/a', 'https://example.org', 'https://annan.se/a'],
    ['#k7--i-korthet', 'https://example.org', undefined],
    ['mailto:a@b.se', 'https://example.org', undefined],
    ['//cdn.example/x', 'https://example.org', undefined],
    // Without SITE_URL: the path, completed in the browser.
    ['/handboken/x/', undefined, '/handboken/x/'],
  ])('%s on %s → %s', (href, site, expected) => expect(printAddress(href, site)).toBe(expected));

  it('adds data-print-href to links that leave the page, and only to them', () => {
    const html =
      '<a href="/verktyg/framgang/">verktygets sida</a> <a class="term" href="#ordlista--samsyn" title="a &gt; b">samsyn</a> <a href="/om/?a=1&amp;b=2" data-x>om</a>';
    const out = addPrintAddresses(html, 'https://example.org/handbok/');
    expect(out).toContain('<a href="/verktyg/framgang/" data-print-href="https://example.org/verktyg/framgang/">');
    expect(out).toContain('<a class="term" href="#ordlista--samsyn" title="a &gt; b">');
    expect(out).toContain('data-print-href="https://example.org/om/?a=1&amp;b=2"');
    expect(addPrintAddresses(out, 'https://example.org')).toBe(out);
  });
});
