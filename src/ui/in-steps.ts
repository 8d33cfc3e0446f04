// A long page of heavy parts drawn a few at a time, so that a slow phone still answers a tap
// while it fills in – and drawn whole for paper. Kept apart from ./tool/use-module.ts, which every
// island's first load carries: only the group view needs this, and it loads later.
import { useEffect, useState } from 'preact/hooks';
import { usePrinting } from './use-printing';

/**
 * How many of `total` parts to draw: `step` at first, `step` more in each following task, and all
 * of them at once when the page is printed (usePrinting). A long page of heavy parts (the group
 * view's tool sections) is then drawn in several short tasks rather than one long one.
 */
export function useInSteps(total: number, step: number): number {
  const [count, setCount] = useState(step);
  const printing = usePrinting();
  useEffect(() => {
    if (count >= total || printing) return;
    const timer = setTimeout(() => setCount((n) => n + step));
    return () => clearTimeout(timer);
  }, [count, total, printing]);
  return printing ? total : Math.min(count, total);
}
