// A part of the group view that is fetched just after the view has woken rather than with it:
// below-the-fold and on-paper parts (round comparison, the agreed actions, the printed handout),
// so that the view's first load stays small. It draws nothing until its code has arrived.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface LaterProps<P> {
  load: () => Promise<ComponentType<P>>;
  props: P;
}

export function Later<P extends object>({ load, props }: LaterProps<P>) {
  const [Part, setPart] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((c) => live && setPart(() => c));
    return () => {
      live = false;
    };
  }, []);
  return Part ? <Part {...props} /> : null;
}
