// A section of questions under its own heading (a level, a zone, an area).
import type { ComponentChildren } from 'preact';

export interface QuestionGroupProps {
  /** unique on the page: the heading's id is derived from it */
  id: string;
  title: string;
  hint?: string | undefined;
  children: ComponentChildren;
}

export function QuestionGroup({ id, title, hint, children }: QuestionGroupProps) {
  return (
    <section class="tool__group" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {hint && <p class="tool__hint">{hint}</p>}
      {children}
    </section>
  );
}
