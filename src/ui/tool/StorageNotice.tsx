// Tells the reader, in Swedish, when saved answers could not be used – and that nothing was lost.
import { t } from '../strings';

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
