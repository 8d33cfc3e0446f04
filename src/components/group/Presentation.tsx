// Presentation mode: the group view in large type for a projector, one part at a time, stepped
// with the arrow keys (or Page Up/Down, as a presenter's clicker sends) and left with Escape.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../ui/strings-group';

export interface Slide {
  title: string;
  body: ComponentChildren;
}

export interface PresentationProps {
  group: string;
  slides: Slide[];
  onClose: () => void;
}

export function Presentation({ group, slides, onClose }: PresentationProps) {
  const [index, setIndex] = useState(0);
  const ref = useRef<HTMLDivElement>(null);
  const last = slides.length - 1;
  const go = (to: number) => setIndex(Math.max(0, Math.min(last, to)));
  useEffect(() => {
    ref.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
      else if (['ArrowRight', 'ArrowDown', 'PageDown', ' '].includes(e.key)) setIndex((i) => Math.min(last, i + 1));
      else if (['ArrowLeft', 'ArrowUp', 'PageUp'].includes(e.key)) setIndex((i) => Math.max(0, i - 1));
      else if (e.key === 'Home') setIndex(0);
      else if (e.key === 'End') setIndex(last);
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [last]);
  const slide = slides[index];
  return (
    <div class="presentation" role="dialog" aria-modal="true" aria-labelledby="presentation-title" tabIndex={-1} ref={ref}>
      <header class="presentation__bar">
        <span>{group}</span>
        <span aria-live="polite">
          {index + 1} / {slides.length}
        </span>
        <span class="presentation__buttons">
          <button type="button" class="button" onClick={() => go(index - 1)} disabled={index === 0}>
            {t('group.present.previous')}
          </button>
          <button type="button" class="button" onClick={() => go(index + 1)} disabled={index === last}>
            {t('group.present.next')}
          </button>
          <button type="button" class="button" onClick={onClose}>
            {t('group.present.close')}
          </button>
        </span>
      </header>
      <h2 id="presentation-title">{slide?.title}</h2>
      <div class="presentation__body">{slide?.body}</div>
    </div>
  );
}
