// The frame every tool island stands in: the storage notice, the example banner, the note that
// answers are saved, the tool's own content, and print/reset. It reads the answers through
// useToolAnswers, so every tool shows a case's example the same way.
import type { ComponentChildren } from 'preact';
import type { ToolId } from '../../tools/index';
import { t } from '../strings';
import { ExampleBanner } from './ExampleBanner';
import { StorageNotice } from './StorageNotice';
import { ToolStorageGate } from './ToolStorageGate';
import { ToolActions } from './ToolActions';
import type { ToolAnswers } from './use-answers';
import '../../styles/tools.css';

export interface ToolFrameProps {
  tool: ToolId;
  saved: ToolAnswers;
  /** extra class on the frame, e.g. "iceberg-tool" */
  class?: string;
  children: ComponentChildren;
}

export function ToolFrame({ tool, saved, class: extra, children }: ToolFrameProps) {
  return (
    <div class={extra ? `tool ${extra}` : 'tool'} data-tool={tool}>
      <StorageNotice message={saved.notice} onDismiss={saved.actions.dismissNotice} />
      {/* A case's example is not the reader's to save: its storage is only offered for their own answers. */}
      {!saved.example && <ToolStorageGate tool={tool} />}
      <ExampleBanner example={saved.example} />
      <p class="tool__saved no-print">{t('tool.saved')}</p>
      {children}
      <ToolActions onReset={saved.actions.reset} inExample={saved.example !== null} />
    </div>
  );
}
