// A heavy part of a long page drawn only once the reader comes near it (a screen ahead), and for
// paper; until then an empty place-holder of about its size. The group view's ten tool sections,
// with their rows of dots and pictures, would otherwise all be drawn as the page opens, and on a
// slow phone that keeps it from answering a tap. (Find in page meets a section once it has been
// scrolled past, or printed.)
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { usePrinting } from './use-printing';

export interface NearScreenProps {
  /** draws the part; called only once it is near the screen or the page is printed */
  children: () => ComponentChildren;
  /** the place-holder's class, which gives it about the part's size */
  class: string;
  /** the place-holder's data-tool, as the part's own (so that a link or a test finds its place) */
  tool: string;
}

export function NearScreen({ children, class: className, tool }: NearScreenProps) {
  const [near, setNear] = useState(false);
  const printing = usePrinting();
  const place = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (near || !place.current) return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: '100% 0px' });
    io.observe(place.current);
    return () => io.disconnect();
  }, [near]);
  return near || printing ? <>{children()}</> : <div ref={place} class={className} data-tool={tool} aria-busy="true" />;
}
