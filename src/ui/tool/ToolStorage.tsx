// A tool's own storage in trouble (loaded only then, see ./ToolStorageGate.tsx): a change it could
// not store, unreadable text that could not be kept aside, the copies that were.
import { useStore } from '@nanostores/preact';
import { buildExport } from '../../lib/export';
import { answersStore } from '../../stores/answers-store';
import type { ToolId } from '../../tools/index';
import { download } from '../../components/tools/download';
import { t, tf } from '../strings';
import { problemText } from './save-problem';
import { KeptCopies, SaveTrouble, stamp, Unkept } from './StorageTrouble';

export function ToolStorage({ tool }: { tool: ToolId }) {
  const store = answersStore(tool);
  const problem = useStore(store.$problem, { ssr: () => null });
  const copies = useStore(store.$copies, { ssr: () => [] });
  const unreadable = useStore(store.$unreadable, { ssr: () => null });
  const stored = useStore(store.$stored, { ssr: () => ({ answers: {}, at: {} }) });
  return (
    <>
      <SaveTrouble
        message={problem ? tf('storage.unsaved.tool', { problem: problemText(problem), tool: store.toolName }) : null}
        downloadLabel={t('storage.download')}
        onDownload={() => download(`${tool}-svar-${stamp()}.json`, 'application/json', buildExport({ [tool]: stored.answers }))}
        onRetry={store.retry}
      />
      {unreadable && !unreadable.kept && <Unkept raw={unreadable.raw} name={tool} onDiscard={store.discardUnreadable} />}
      <KeptCopies copies={copies} name={tool} />
    </>
  );
}
