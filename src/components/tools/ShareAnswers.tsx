// Island: the share block – "Skicka till processledaren" – on every tool page, Min
// självskattning and any page that drops it in. One link carries everything the reader has
// answered (the person code). Only the heading and the button load with the page; the code, the
// other ways to send and the QR code (./ShareDetails.tsx) load when the block comes near the
// screen or the button is pressed.
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ToolId } from '../../tools/index';
import { t } from '../../ui/strings';
import type { ShareDetailsProps } from './ShareDetails';
import '../../styles/tools.css';

export interface ShareAnswersProps {
  /** the page's tool, when the page is one (a case's example shown there is not shared) */
  tool?: ToolId | undefined;
}

export function ShareAnswers({ tool }: ShareAnswersProps) {
  const ref = useRef<HTMLElement>(null);
  const [Details, setDetails] = useState<ComponentType<ShareDetailsProps> | null>(null);
  const [sendNow, setSendNow] = useState(false);
  const load = () => import('./ShareDetails').then((m) => setDetails(() => m.ShareDetails));

  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return void load();
    const seen = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        seen.disconnect();
        void load();
      },
      { rootMargin: '600px' },
    );
    seen.observe(el);
    return () => seen.disconnect();
  }, []);

  return (
    <section class="share no-print" ref={ref} aria-labelledby="dela-svar">
      <h2 id="dela-svar">{t('share.title')}</h2>
      <p>{t('share.intro')}</p>
      {Details ? (
        <Details tool={tool} sendNow={sendNow} />
      ) : (
        <button
          type="button"
          class="button button--primary share__send"
          onClick={() => {
            setSendNow(true);
            void load();
          }}
        >
          {t('share.send')}
        </button>
      )}
    </section>
  );
}
