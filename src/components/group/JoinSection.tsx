// "Bjud in deltagarna" in the group view: which tool people answer, the QR code and short address
// to show (loaded when asked for), a one-page participant sheet to print, and how many answers the
// facilitator waits for – the number behind "6 av 8 har svarat".
import { useState } from 'preact/hooks';
import { joinAddresses } from '../../lib/group/join';
import type { Round } from '../../lib/group/model';
import type { GroupToolSpec } from '../../lib/group/spec';
import { url } from '../../lib/url';
import { setExpected } from '../../stores/groups';
import type * as SlideModule from './JoinSlide';
import type { JoinSlideProps } from './JoinSlide';
import { t, tf } from '../../ui/strings-group';

/** The join slide's text and addresses for a tool, on this site's own origin and base path. */
export function joinProps(specs: GroupToolSpec[], tool: string): JoinSlideProps {
  const root = typeof location === 'undefined' ? url('/') : new URL(url('/'), location.origin).href;
  return { tool: specs.find((s) => s.tool === tool)?.name ?? tool, ...joinAddresses(root, tool) };
}

/** Prints only the participant sheet; the mark goes when the print dialog closes. */
function printSheet() {
  document.documentElement.dataset.print = 'join';
  window.addEventListener('afterprint', () => delete document.documentElement.dataset.print, { once: true });
  window.print();
}

export interface JoinSectionProps {
  specs: GroupToolSpec[];
  tool: string;
  onTool: (tool: string) => void;
  round: Round;
  groupId: string;
  answered: number;
}

export function JoinSection({ specs, tool, onTool, round, groupId, answered }: JoinSectionProps) {
  const [slide, setSlide] = useState<typeof SlideModule | null>(null);
  const [open, setOpen] = useState(false);
  const load = () => import('./JoinSlide').then((m) => setSlide(() => m));
  return (
    <section class="group-join" aria-labelledby="grupp-bjud-in">
      <h3 id="grupp-bjud-in" class="no-print">
        {t('group.join.heading')}
      </h3>
      <p class="no-print">{t('group.join.intro')}</p>
      <div class="group-join__controls no-print">
        <label>
          {t('group.join.tool')}{' '}
          <select value={tool} onChange={(e) => onTool(e.currentTarget.value)}>
            {specs.map((s) => (
              <option key={s.tool} value={s.tool}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          class="button"
          aria-expanded={open}
          onClick={() => {
            if (!open) void load();
            setOpen(!open);
          }}
        >
          {open ? t('group.join.hide') : t('group.join.show')}
        </button>
        <button
          type="button"
          class="button"
          onClick={() =>
            void load().then(() => {
              setOpen(true);
              // Let the sheet draw (and its QR code load) before the print dialog opens.
              window.setTimeout(printSheet, 300);
            })
          }
        >
          {t('group.join.print')}
        </button>
        <label>
          {t('group.reveal.expected')}{' '}
          <input
            type="number"
            min={1}
            max={80}
            inputMode="numeric"
            class="group-join__expected"
            value={round.expected ?? ''}
            aria-describedby="grupp-vantade"
            onChange={(e) => {
              const v = e.currentTarget.value.trim();
              setExpected(groupId, round.id, v ? Number(v) : undefined);
            }}
          />
        </label>
        <span id="grupp-vantade" class="muted">
          {t('group.reveal.expectedHint')}
        </span>
      </div>
      <p class="group-join__count no-print" role="status">
        {tf('group.reveal.count', { n: answered, total: round.expected ?? round.members.length })}
      </p>
      {open && (slide ? <slide.JoinSlide {...joinProps(specs, tool)} /> : <p>{t('group.join.loading')}</p>)}
    </section>
  );
}
