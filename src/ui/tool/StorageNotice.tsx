// Tells the reader, in Swedish, when saved data could not be used or a change could not be
// stored. The ways out (download, try again, the copies kept aside: ./StorageTrouble.tsx) are
// offered beside it – for a tool by ./ToolStorageGate.tsx, for the group view by the view itself.
import { t } from '../strings';

export { problemText } from './save-problem';

export interface StorageNoticeProps {
  message: string | null;
  onDismiss: () => void;
}

export function StorageNotice({ message, onDismiss }: StorageNoticeProps) {
  if (!message) return null;
  return (
    <div class="notice" role="alert">
      <p>{message}</p>
      <button type="button" class="button" onClick={onDismiss}>
        {t('tool.notice.dismiss')}
      </button>
    </div>
  );
}
