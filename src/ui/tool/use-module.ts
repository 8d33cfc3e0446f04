// A module fetched with import() the first time it is needed (`when`), so that what a page shows
// only sometimes – a slide show, a comparison of rounds, one tool's scoring – costs nothing on its
// first load. Null until the module has arrived; the component shows its place-holder meanwhile.
// useLoaded does the same for anything loaded, a file say, and also tells of a failure. What
// arrives is then drawn in a task of its own (useNextTask), so that a slow phone still answers a
// tap while a heavy page fills in.
import { useEffect, useState } from 'preact/hooks';

export function useModule<M>(load: () => Promise<M>, when = true): M | null {
  return useLoaded(load, when).value;
}

/** What a fetch made when needed gave: its value once it has arrived, or that it failed (offline, say). */
export interface Loaded<T> {
  value: T | null;
  failed: boolean;
}

/** Like useModule, for anything loaded – a file, say – and with word of a failure. */
export function useLoaded<T>(load: () => Promise<T>, when = true): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ value: null, failed: false });
  useEffect(() => {
    if (!when || state.value !== null) return;
    load().then(
      (value) => setState({ value, failed: false }),
      () => setState({ value: null, failed: true }),
    );
  }, [when]);
  return state;
}

/**
 * True one task after `when` has turned true: what arrives (a module run, a file read) and what is
 * then worked out and drawn from it go in two tasks, not one long one that keeps a slow phone from
 * answering a tap.
 */
export function useNextTask(when: boolean): boolean {
  const [passed, setPassed] = useState(false);
  useEffect(() => {
    if (!when || passed) return;
    const timer = setTimeout(() => setPassed(true));
    return () => clearTimeout(timer);
  }, [when]);
  return when && passed;
}
