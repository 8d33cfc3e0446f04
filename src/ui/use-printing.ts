// Whether the page is being printed, or has been: true from the first `beforeprint` (the print
// dialog, Ctrl+P) or the moment print media applies (a print preview, a PDF), and true after that.
// Parts that only paper shows (the group view's handout) are drawn then, and so are parts not yet
// drawn on screen (./near-screen.tsx); they stay drawn.
import { useEffect, useState } from 'preact/hooks';

const printMedia = () => (typeof matchMedia === 'function' ? matchMedia('print') : undefined);

export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => printMedia()?.matches ?? false);
  useEffect(() => {
    if (printing) return;
    const media = printMedia();
    const now = () => setPrinting(true);
    const changed = (e: MediaQueryListEvent) => e.matches && now();
    // `beforeprint` comes before the page is laid out for paper; Preact draws in the microtask
    // right after the listener, so what is drawn then is printed.
    addEventListener('beforeprint', now);
    media?.addEventListener('change', changed);
    return () => {
      removeEventListener('beforeprint', now);
      media?.removeEventListener('change', changed);
    };
  }, [printing]);
  return printing;
}
