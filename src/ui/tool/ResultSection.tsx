// The result of a tool: a heading, the headline read out when it changes, whatever the tool
// shows, and where to read more. `data-wake`: the island wakes when the reader comes near it
// (src/ui/tool/wake.ts).
import type { ComponentChildren } from 'preact';
import { t } from '../strings';
import { ReadNext, type ReadNextLink } from './ReadNext';

export interface ResultSectionProps {
  tool: string;
  headline: string;
  readNext: ReadNextLink | readonly ReadNextLink[];
  children?: ComponentChildren;
}

export function ResultSection({ tool, headline, readNext, children }: ResultSectionProps) {
  return (
    <section class="tool__result" aria-labelledby={`${tool}-resultat`} data-wake>
      <h2 id={`${tool}-resultat`}>{t('tool.result')}</h2>
      <p class="tool__headline" aria-live="polite">
        {headline}
      </p>
      {children}
      <ReadNext links={readNext} />
    </section>
  );
}
