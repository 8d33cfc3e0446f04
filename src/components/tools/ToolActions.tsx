// Print and reset for a tool. Reset asks first, in the page rather than in a browser pop-up.
import { useState } from 'preact/hooks';
import { t } from '../../ui/strings';

export interface ToolActionsProps {
  onReset: () => void;
}

export function ToolActions({ onReset }: ToolActionsProps) {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  return (
    <div class="tool-actions no-print">
      <button type="button" class="button" onClick={() => window.print()}>
        {t('tool.print')}
      </button>
      {!confirming && (
        <button type="button" class="button" onClick={() => { setConfirming(true); setDone(false); }}>
          {t('tool.reset')}
        </button>
      )}
      {confirming && (
        <div class="tool-actions__confirm" role="group" aria-label={t('tool.reset')}>
          <p>{t('tool.reset.confirm')}</p>
          <button type="button" class="button button--danger" onClick={() => { onReset(); setConfirming(false); setDone(true); }}>
            {t('tool.reset.yes')}
          </button>
          <button type="button" class="button" onClick={() => setConfirming(false)} autoFocus>
            {t('tool.reset.no')}
          </button>
        </div>
      )}
      <p class="tool-actions__status" role="status">{done ? t('tool.reset.done') : ''}</p>
    </div>
  );
}
