// The ways out for a tool's own storage, loaded once it has something to offer – a change not
// stored, unreadable text, kept copies – so a tool page's first load stays light.
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { answersStore } from '../../stores/answers-store';
import type { ToolId } from '../../tools/index';
import type * as Trouble from './ToolStorage';

type TroubleModule = typeof Trouble;

/** Loads the ways out once this tool has something to offer: a change not stored, unreadable text, kept copies. */
export function ToolStorageGate({ tool }: { tool: ToolId }) {
  const store = answersStore(tool);
  const problem = useStore(store.$problem, { ssr: () => null });
  const copies = useStore(store.$copies, { ssr: () => [] });
  const unreadable = useStore(store.$unreadable, { ssr: () => null });
  const needed = problem !== null || copies.length > 0 || unreadable !== null;
  const [trouble, setTrouble] = useState<TroubleModule | null>(null);
  useEffect(() => {
    if (needed && !trouble) void import('./ToolStorage').then(setTrouble);
  }, [needed, trouble]);
  return trouble ? <trouble.ToolStorage tool={tool} /> : null;
}
