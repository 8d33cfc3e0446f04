// Text helpers for the search dialog. An excerpt from Pagefind is HTML with <mark> around the
// hits; we keep the marks and nothing else, so that no markup from an index can reach the page.

/** Turns an excerpt into DOM nodes: text and <mark> only. */
export function safeExcerpt(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const out: Node[] = [];
  for (const node of doc.body.childNodes) {
    if (node.nodeName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = node.textContent;
      out.push(m);
    } else {
      out.push(document.createTextNode(node.textContent ?? ''));
    }
  }
  return out;
}

/** "3 träffar för ”sekretess”" — said aloud by screen readers through the status region. */
export function resultCountText(count: number, query: string, shown: number): string {
  if (count === 0) return `Inga träffar för ”${query}”.`;
  const noun = count === 1 ? 'träff' : 'träffar';
  const more = count > shown ? ` De ${shown} bästa visas.` : '';
  return `${count} ${noun} för ”${query}”.${more}`;
}
