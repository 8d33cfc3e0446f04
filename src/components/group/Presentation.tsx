// Presentation mode: the group view in large type for a projector, one slide at a time. Stepped
// with the arrow keys, Page Up/Down (what a presenter's clicker sends), Space, Home and End; left
// with Escape. Focus stays inside while it is open and goes back to the button that opened it.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Timer } from './Timer';
import { t, tf } from '../../ui/strings-group';

export interface Slide {
  key: string;
  title: string;
  body: ComponentChildren;
  /** a discussion step: the timer is shown */
  discuss?: boolean | undefined;
}

export interface PresentationProps {
  group: string;
  slides: Slide[];
  onClose: () => void;
}

const NEXT = ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar'];
const PREVIOUS = ['ArrowLeft', 'ArrowUp', 'PageUp'];
const FOCUSABLE = 'button:not([disabled]), select, input, a[href], [tabindex]:not([tabindex="-1"])';

/** Keys typed into a field (the timer's minutes) are the field's, not the slides'. */
const inField = (target: EventTarget | null) => target instanceof HTMLElement && target.matches('input, select, textarea');

export function Presentation({ group, slides, onClose }: PresentationProps) {
  const [index, setIndex] = useState(0);
  const ref = useRef<HTMLDivElement>(null);
  const last = slides.length - 1;
  const go = (to: number) => setIndex(Math.max(0, Math.min(last, to)));
  // The deck can shrink (results hidden again, a round with fewer slides): stay on a real slide.
  useEffect(() => {
    if (index > last) setIndex(Math.max(0, last));
  }, [last, index]);

  useEffect(() => {
    ref.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      const dialog = ref.current;
      if (!dialog) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        onClose();
        return;
      }
      if (e.key === 'Tab') {
        // Focus trap: Tab and Shift+Tab go round the dialog's own controls.
        const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
        if (items.length === 0) return;
        const first = items[0]!;
        const end = items[items.length - 1]!;
        const at = document.activeElement;
        if (e.shiftKey && (at === first || at === dialog || !dialog.contains(at))) {
          e.preventDefault();
          end.focus();
        } else if (!e.shiftKey && (at === end || !dialog.contains(at))) {
          e.preventDefault();
          first.focus();
        }
        return;
      }
      if (inField(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
      if (NEXT.includes(e.key)) setIndex((i) => Math.min(last, i + 1));
      else if (PREVIOUS.includes(e.key)) setIndex((i) => Math.max(0, i - 1));
      else if (e.key === 'Home') setIndex(0);
      else if (e.key === 'End') setIndex(last);
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
    };
  }, [last]);
  // A control that disappears with its slide (the reveal button) takes focus with it: keep it in here.
  useEffect(() => {
    if (ref.current && !ref.current.contains(document.activeElement)) ref.current.focus();
  });
  // Give focus back to whatever opened the presentation (noted before the dialog took focus).
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(() => () => opener?.focus(), []);

  const slide = slides[Math.min(index, last)];
  return (
    <div class="presentation" role="dialog" aria-modal="true" aria-labelledby="presentation-title" tabIndex={-1} ref={ref}>
      <header class="presentation__bar">
        <span class="presentation__group">{group}</span>
        <span aria-live="polite" class="presentation__count">
          {tf('group.present.slideOf', { n: index + 1, total: slides.length })}
        </span>
        {/* Kept running between slides; shown on the discussion steps. */}
        <span class="presentation__timer" hidden={!slide?.discuss}>
          <Timer />
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
      <section class="presentation__slide" data-slide={slide?.key} aria-labelledby="presentation-title">
        <h2 id="presentation-title">{slide?.title}</h2>
        <div class="presentation__body">{slide?.body}</div>
      </section>
    </div>
  );
}
