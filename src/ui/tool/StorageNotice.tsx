// Tells the reader, in Swedish, when saved data could not be used or a change could not be
// stored – and the way out: download what is on screen, free space and try again, download the
// copies kept aside. The ways out (./StorageTrouble.tsx) load only when there is trouble, so a
// tool page's first load stays light.
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { answersStore } from '../../stores/answers-store';
import type { ToolId } from '../../tools/index';
import type * as Trouble from './StorageTrouble';
import { t } from '../strings';

export { problemText } from './save-problem';

export interface StorageNoticeProps {
  message: string | null;
  onDismiss: () => void;
  /** the tool whose own answers are shown: a change it could not store, and its kept copies, are offered too */
  tool?: ToolId | undefined;
}

export function StorageNotice({ message, onDismiss, tool }: StorageNoticeProps) {
  return (
    <>
      {message && (
        <div class="notice" role="alert">
          <p>{message}</p>
          <button type="button" class="button" onClick={onDismiss}>
            {t('tool.notice.dismiss')}
          </button>
        </div>
      )}
      {tool && <ToolStorageGate tool={tool} />}
    </>
  );
}

type TroubleModule = typeof Trouble;

/** Loads the ways out once this tool has something to offer: a change not stored, unreadable text, kept copies. */
function ToolStorageGate({ tool }: { tool: ToolId }) {
  const store = answersStore(tool);
  const problem = useStore(store.$problem, { ssr: () => null });
  const copies = useStore(store.$copies, { ssr: () => [] });
  const unreadable = useStore(store.$unreadable, { ssr: () => null });
  const needed = problem !== null || copies.length > 0 || unreadable !== null;
  const [trouble, setTrouble] = useState<TroubleModule | null>(null);
  useEffect(() => {
    if (needed && !trouble) void import('./StorageTrouble').then(setTrouble);
  }, [needed, trouble]);
  return trouble ? <trouble.ToolStorage tool={tool} /> : null;
}
