// The ways out when storage is in trouble: download what is on screen, try again after freeing
// space, download (or restore) the copies kept aside, and let go of unreadable text that could not
// be copied aside. Blocks without a store of their own: a tool's (./ToolStorage.tsx) and the group
// view's storage fill them in.
import { useState } from 'preact/hooks';
import { download } from '../../components/tools/download';
import type { KeptCopy } from '../../lib/persist/history';
import type { SaveResult } from '../../stores/synced';
import { t, tf } from '../strings';

export const stamp = () => new Date().toISOString().slice(0, 10);

export interface SaveTroubleProps {
  /** what was not stored and why; nothing is shown when null */
  message: string | null;
  downloadLabel: string;
  onDownload: () => void;
  onRetry: () => SaveResult;
}

/** A change that is on screen but not stored: say so, and offer the download and another try. */
export function SaveTrouble({ message, downloadLabel, onDownload, onRetry }: SaveTroubleProps) {
  const [savedAgain, setSavedAgain] = useState(false);
  if (!message) {
    return savedAgain ? (
      <p class="tool__saved" role="status">
        {t('storage.saved')}
      </p>
    ) : null;
  }
  return (
    <div class="notice" role="alert" data-save-problem>
      <p>{message}</p>
      <div class="tool-actions">
        <button type="button" class="button button--primary" onClick={onDownload}>
          {downloadLabel}
        </button>
        <button type="button" class="button" onClick={() => setSavedAgain(onRetry().ok)}>
          {t('storage.retry')}
        </button>
      </div>
    </div>
  );
}

/** Unreadable text that could not be copied aside: download it, then let it go so that new changes can be stored. */
export function Unkept({ raw, name, onDiscard }: { raw: string; name: string; onDiscard: () => void }) {
  return (
    <div class="tool-actions">
      <button type="button" class="button" onClick={() => download(`${name}-oläsbar-${stamp()}.txt`, 'text/plain', raw)}>
        {t('storage.copy.download')}
      </button>
      <button
        type="button"
        class="button"
        onClick={() => {
          if (window.confirm(t('storage.discard.confirm'))) onDiscard();
        }}
      >
        {t('storage.discard')}
      </button>
    </div>
  );
}

export interface KeptCopiesProps {
  copies: readonly KeptCopy[];
  /** the start of the downloaded files' names */
  name: string;
  /** offered for copies that can be read again (the group view) */
  onRestore?: ((copy: KeptCopy) => void) | undefined;
  restoreLabel?: string | undefined;
  canRestore?: ((copy: KeptCopy) => boolean) | undefined;
}

/** The copies kept aside, newest first, each with its date and a download. */
export function KeptCopies({ copies, name, onRestore, restoreLabel, canRestore }: KeptCopiesProps) {
  if (copies.length === 0) return null;
  return (
    <details class="kept-copies no-print" data-kept-copies>
      <summary>{t('storage.copies')}</summary>
      <ul>
        {copies.map((c) => (
          <li key={c.storageKey}>
            {c.keptAt ? tf('storage.copy', { date: c.keptAt.slice(0, 16).replace('T', ' ') }) : t('storage.copy.undated')}{' '}
            <button
              type="button"
              class="button"
              onClick={() => download(`${name}-oläsbar-${(c.keptAt ?? 'äldre').slice(0, 10)}.txt`, 'text/plain', c.raw)}
            >
              {t('storage.copy.download')}
            </button>
            {onRestore && restoreLabel && (canRestore?.(c) ?? true) && (
              <button type="button" class="button" onClick={() => onRestore(c)}>
                {restoreLabel}
              </button>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
