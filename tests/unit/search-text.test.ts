// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { resultCountText, safeExcerpt } from '../../src/lib/search-text';

describe('search excerpts', () => {
  it('keeps <mark> around hits', () => {
    const nodes = safeExcerpt('om <mark>sekretess</mark> och samtycke');
    expect(nodes.map((n) => n.nodeName)).toEqual(['#text', 'MARK', '#text']);
    expect(nodes.map((n) => n.textContent).join('')).toBe('om sekretess och samtycke');
  });

  it('turns any other markup into plain text', () => {
    const nodes = safeExcerpt('<img src=x onerror="alert(1)"><b>fet</b> <script>alert(2)</script>');
    expect(nodes.every((n) => n.nodeName === '#text' || n.nodeName === 'MARK')).toBe(true);
    const holder = document.createElement('div');
    holder.append(...nodes);
    expect(holder.querySelector('img, script, b')).toBeNull();
  });
});

describe('result count', () => {
  it.each([
    [0, 'Inga träffar för ”x”.'],
    [1, '1 träff för ”x”.'],
    [4, '4 träffar för ”x”.'],
    [25, '25 träffar för ”x”. De 10 bästa visas.'],
  ])('%i', (n, text) => expect(resultCountText(n, 'x', 10)).toBe(text));
});
