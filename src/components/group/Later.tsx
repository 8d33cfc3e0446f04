// A part of the group view that is fetched just after the view has woken rather than with it:
// below-the-fold and on-paper parts (round comparison, the agreed actions, the printed handout,
// the check's section), so that the view's first load stays small. It draws nothing until its
// code has arrived (src/ui/tool/use-module.ts).
import type { ComponentType } from 'preact';
import { useModule } from '../../ui/tool/use-module';

export interface LaterProps<P> {
  load: () => Promise<ComponentType<P>>;
  props: P;
  /** Starts the part afresh when this changes (a new round), without fetching its code again. */
  part?: string;
  /** False: fetch the code now but draw nothing yet (a part only paper shows, until printing). */
  show?: boolean;
}

export function Later<P extends object>({ load, props, part, show = true }: LaterProps<P>) {
  // Keyed inside rather than from outside: a key on Later itself would throw the arrived code
  // away, so the part would vanish for a moment each time the round is switched.
  const Part = useModule(load);
  return Part && show ? <Part key={part} {...props} /> : null;
}
