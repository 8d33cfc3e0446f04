// Min självskattning's note that the tools show a case's example just now, with the way back to
// one's own answers in them (the page itself always reports the reader's own answers). Few readers
// ever load an example, so the example's store is fetched only when the storage holds one – when
// the page opens, or later from another tab – and the report waits for it rather than being pushed
// down by it.
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { EXAMPLE_KEY } from '../../lib/example/key';
import { useLoaded } from '../../ui/tool/use-module';
import { t, tf } from '../../ui/strings-my-assessment';
import type * as ExampleModule from '../../stores/example';

type ExampleStore = typeof ExampleModule;

function exampleStored(): boolean {
  try {
    return localStorage.getItem(EXAMPLE_KEY) !== null;
  } catch {
    return false;
  }
}

export interface ExampleInToolsProps {
  /** told whether the banner is in its place: no example, or the example's store has loaded (or failed to) */
  onSettled: (settled: boolean) => void;
}

export function ExampleInTools({ onSettled }: ExampleInToolsProps) {
  // Null until read after hydration (the server's HTML has no example).
  const [stored, setStored] = useState<boolean | null>(null);
  useEffect(() => {
    setStored(exampleStored());
    const changed = (e: StorageEvent) => (e.key === EXAMPLE_KEY || e.key === null) && setStored(exampleStored());
    addEventListener('storage', changed);
    return () => removeEventListener('storage', changed);
  }, []);
  const store = useLoaded(() => import('../../stores/example'), stored === true);
  const settled = stored === false || store.value !== null || store.failed;
  useEffect(() => onSettled(settled), [settled]);
  return store.value ? <Banner store={store.value} /> : null;
}

function Banner({ store }: { store: ExampleStore }) {
  const example = useStore(store.$example);
  if (!example) return null;
  return (
    <div class="example-banner">
      <p>{tf('myAssessment.example', { title: example.title })}</p>
      <button type="button" class="button" onClick={store.leaveExample}>
        {t('myAssessment.example.leave')}
      </button>
    </div>
  );
}
