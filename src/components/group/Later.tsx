// A part of the group view that is fetched just after the view has woken rather than with it:
// below-the-fold and on-paper parts (round comparison, the agreed actions, the printed handout,
// the check's section), so that the view's first load stays small. It draws nothing until its
// code has arrived (src/ui/tool/use-module.ts).
import type { ComponentType } from 'preact';
import { useModule } from '../../ui/tool/use-module';

export interface LaterProps<P> {
  load: () => Promise<ComponentType<P>>;
  props: P;
}

export function Later<P extends object>({ load, props }: LaterProps<P>) {
  const Part = useModule(load);
  return Part ? <Part {...props} /> : null;
}
