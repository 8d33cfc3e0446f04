// A countdown for the discussion steps: the facilitator picks the minutes, starts and pauses it.
// It counts from the clock, not from ticks, so a busy or sleeping tab does not slow it down.
import { useEffect, useState } from 'preact/hooks';
import { t, tf } from '../../ui/strings-group';

const MINUTES = [1, 2, 3, 5, 8, 10, 15, 20];

/** "4:05" for 245 seconds. */
export const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

export function Timer() {
  const [minutes, setMinutes] = useState(5);
  const [left, setLeft] = useState(5 * 60);
  const [endsAt, setEndsAt] = useState<number | null>(null);
  useEffect(() => {
    if (endsAt === null) return;
    const tick = () => {
      const s = Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
      setLeft(s);
      if (s === 0) setEndsAt(null);
    };
    tick();
    const id = window.setInterval(tick, 250);
    return () => window.clearInterval(id);
  }, [endsAt]);
  const running = endsAt !== null;
  return (
    <span class="timer" role="group" aria-label={t('group.timer.label')}>
      <label>
        <span class="visually-hidden">{t('group.timer.minutes')}</span>
        <select
          value={minutes}
          disabled={running}
          onChange={(e) => {
            const m = Number(e.currentTarget.value);
            setMinutes(m);
            setLeft(m * 60);
          }}
        >
          {MINUTES.map((m) => (
            <option key={m} value={m}>
              {tf('group.timer.option', { n: m })}
            </option>
          ))}
        </select>
      </label>
      <span class={left === 0 ? 'timer__time timer__time--done' : 'timer__time'} aria-live={left === 0 ? 'assertive' : 'off'}>
        {left === 0 ? t('group.timer.done') : clock(left)}
      </span>
      <button type="button" class="button" onClick={() => setEndsAt(running ? null : Date.now() + (left || minutes * 60) * 1000)}>
        {running ? t('group.timer.pause') : t('group.timer.start')}
      </button>
      <button
        type="button"
        class="button"
        onClick={() => {
          setEndsAt(null);
          setLeft(minutes * 60);
        }}
      >
        {t('group.timer.reset')}
      </button>
    </span>
  );
}
