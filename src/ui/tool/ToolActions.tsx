// Print and reset for a tool. Reset asks first, in the page rather than in a browser pop-up.
// While a case's example is shown, reset brings the example back as the case gives it.
import { useState } from 'preact/hooks';
import { t } from '../strings-tools';

export interface ToolActionsProps {
  onReset: () => void;
  /** a case's example is shown: reset restores it, and says so */
  inExample?: boolean;
}

export function ToolActions({ onReset, inExample = false }: ToolActionsProps) {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const label = inExample ? t('example.reset') : t('tool.reset');
  return (
    <div class="tool-actions no-print" data-wake>
      <button type="button" class="button" onClick={() => window.print()}>
        {t('tool.print')}
      </button>
      {!confirming && (
        <button
          type="button"
          class="button"
          onClick={() => {
            setConfirming(true);
            setDone(false);
          }}
        >
          {label}
        </button>
      )}
      {confirming && (
        <div class="tool-actions__confirm" role="group" aria-label={label}>
          <p>{inExample ? t('example.reset.confirm') : t('tool.reset.confirm')}</p>
          <button
            type="button"
            class="button button--danger"
            onClick={() => {
              onReset();
              setConfirming(false);
              setDone(true);
            }}
          >
            {inExample ? t('example.reset.yes') : t('tool.reset.yes')}
          </button>
          <button type="button" class="button" onClick={() => setConfirming(false)} autoFocus>
            {t('tool.reset.no')}
          </button>
        </div>
      )}
      <p class="tool-actions__status" role="status">
        {done ? (inExample ? t('example.reset.done') : t('tool.reset.done')) : ''}
      </p>
    </div>
  );
}
