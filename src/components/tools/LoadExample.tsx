// Island on a case page: one click shows the case's example answers in the tools – in the example
// slot (src/stores/example.ts), never over the reader's own answers – and one click takes them
// away again. Before hydration and without JavaScript it renders the button disabled.
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ToolAnswers } from '../../lib/example/stored';
import { url } from '../../lib/url';
import { $example, leaveExample, loadExample } from '../../stores/example';
import { t, tf } from '../../ui/strings-tools';
import '../../styles/tools.css';

export interface LoadExampleProps {
  /** the case's slug */
  slug: string;
  title: string;
  answers: ToolAnswers;
  /** the tools the example covers, with their names and pages */
  tools: { id: string; name: string; href: string }[];
}

export function LoadExample({ slug, title, answers, tools }: LoadExampleProps) {
  const active = useStore($example, { ssr: () => null });
  const [hydrated, setHydrated] = useState(false);
  const [clicked, setClicked] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);
  const mine = active?.case === slug;
  // The button is usable only once the island is live; after a click, focus follows to the news.
  useEffect(() => setHydrated(true), []);
  useEffect(() => {
    if (clicked && mine) status.current?.focus();
  }, [clicked, mine]);
  const other = active && !mine ? active.title : null;

  return (
    <div class="load-example">
      {mine ? (
        <>
          <p role="status" tabIndex={-1} ref={status}>
            <strong>{tf('example.shown', { title })}</strong> {t('example.shown.kept')}
          </p>
          <ul class="load-example__tools">
            {tools.map((tool) => (
              <li key={tool.id}>
                <a href={url(tool.href)}>{tf('example.openTool', { tool: tool.name })}</a>
              </li>
            ))}
          </ul>
          <button type="button" class="button" onClick={leaveExample}>
            {t('example.leave')}
          </button>
        </>
      ) : (
        <>
          {other && <p>{tf('example.other', { title: other })}</p>}
          <button
            type="button"
            class="button button--primary"
            disabled={!hydrated}
            onClick={() => {
              loadExample({ case: slug, title, answers });
              setClicked(true);
            }}
          >
            {t('example.load')}
          </button>
          <p class="muted">{t('example.load.note')}</p>
        </>
      )}
    </div>
  );
}
