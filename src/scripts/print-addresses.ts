// In a build without SITE_URL the whole handbook's printed addresses are paths
// (src/lib/book.ts): the origin the reader has the page open at completes them, so paper shows
// the address they can type in again.
export function completePrintAddresses(root: ParentNode, origin: string): void {
  for (const a of root.querySelectorAll<HTMLElement>('a[data-print-href^="/"]')) {
    a.dataset.printHref = new URL(a.dataset.printHref!, origin).href;
  }
}
