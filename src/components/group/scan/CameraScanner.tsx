// The camera scanner, loaded only when the facilitator presses "Skanna med kameran" (see
// ../ScanLauncher.tsx). It shows the camera's picture and reads participants' QR codes one after
// another without any clicks: each new code goes into the group by the same path as pasting, gives
// a visible tick and a short tone; a code seen again is passed over. "Klar" stops the camera.
import { useEffect, useRef, useState } from 'preact/hooks';
import { cameraPrecheck, cameraProblem, type CameraProblem } from '../../../lib/scan/camera-errors';
import { emptyTally, freshTexts, recordRead, UNREADABLE_FRAMES, unreadableRun } from '../../../lib/scan/tally';
import { decodeSize, nextFrameDelay, SCAN_INTERVAL_MS } from '../../../lib/scan/throttle';
import { t, tf, type ScanTextKey } from '../../../ui/strings-scan';
import { makeBeeper } from './beep';
import { openCamera, stopCamera } from './camera';
import { openDecoder, type FrameDecoder, type FrameResult } from './decoder';

/** What the group made of one scanned text: taken in or not, and the reason or report. */
export interface ScanOutcome {
  ok: boolean;
  message: string;
}

export interface CameraScannerProps {
  /** hands one decoded text to the group, as if it had been pasted; undefined: nothing taken */
  onText: (text: string) => Promise<ScanOutcome | undefined>;
  /** names may be shown in the report of a read code only when "Visa namn" is on */
  showNames: boolean;
  onClose: () => void;
}

const PROBLEM: Record<CameraProblem, ScanTextKey> = {
  insecure: 'scan.camera.insecure',
  unsupported: 'scan.camera.unsupported',
  denied: 'scan.camera.denied',
  noCamera: 'scan.camera.noCamera',
  busy: 'scan.camera.busy',
  failed: 'scan.camera.failed',
};

type Phase = 'starting' | 'loading' | 'scanning' | 'problem';

// The scanner's look is set here rather than in a stylesheet: Astro puts the CSS of everything an
// island imports – even by import() – into the page, and the group view should carry none of it.
// (Styles set from script go through the CSSOM, which the site's Content-Security-Policy allows.)
const VIDEO = { display: 'block', width: '100%', maxWidth: '36rem', aspectRatio: '4 / 3', objectFit: 'cover', background: '#000' };
const COUNT = { fontSize: '1.4rem', fontWeight: 700 };
const ok = (yes: boolean) => ({ color: yes ? 'var(--ok)' : 'var(--bad)' });

/** A brief highlight of a new read, unless the reader has asked for less motion. */
function flash(el: HTMLElement | null): void {
  if (!el?.animate || matchMedia('(prefers-reduced-motion: reduce)').matches) return;
  el.animate([{ background: 'var(--mark)' }, { background: 'transparent' }], { duration: 600, easing: 'ease-out' });
}

export function CameraScanner({ onText, showNames, onClose }: CameraScannerProps) {
  const video = useRef<HTMLVideoElement>(null);
  const panel = useRef<HTMLElement>(null);
  const [phase, setPhase] = useState<Phase>('starting');
  const [problem, setProblem] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [read, setRead] = useState(0);
  const [last, setLast] = useState<{ ok: boolean; message: string; seq: number }>();
  const [hint, setHint] = useState(false);
  const [sound, setSound] = useState(true);
  // The frame loop outlives renders; it reads the latest props and choices through these.
  const latest = useRef({ onText, showNames, sound });
  latest.current = { onText, showNames, sound };
  const tally = useRef(emptyTally());
  const lastLine = useRef<HTMLParagraphElement>(null);
  useEffect(() => flash(lastLine.current), [last?.seq]);

  useEffect(() => panel.current?.focus(), []);

  useEffect(() => {
    const el = video.current;
    if (!el) return;
    let stopped = false;
    let stream: MediaStream | undefined;
    let decoder: FrameDecoder | undefined;
    let timer: number | undefined;
    let run = 0;
    let seq = 0;
    const beeper = makeBeeper();
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    const fail = (text: string) => {
      if (stopped) return;
      setProblem(text);
      setPhase('problem');
    };

    // Awaited by the frame loop: the next frame is read only when this one's codes are in the group.
    const take = async (result: FrameResult) => {
      for (const text of freshTexts(tally.current, result.texts)) {
        const outcome = (await latest.current.onText(text)) ?? { ok: false, message: t('scan.nothing') };
        if (stopped) return;
        tally.current = recordRead(tally.current, text, outcome.ok);
        const n = tally.current.read;
        const message = outcome.ok
          ? latest.current.showNames
            ? outcome.message
            : tf('scan.read', { n })
          : tf('scan.refused', { reason: outcome.message });
        setLast({ ok: outcome.ok, message, seq: ++seq });
        setRead(n);
        if (latest.current.sound) beeper.beep(outcome.ok);
      }
      run = unreadableRun(run, result);
      if (result.texts.length) setHint(false);
      else if (run >= UNREADABLE_FRAMES) setHint(true);
    };

    const frame = async (d: FrameDecoder) => {
      if (stopped) return;
      let delay = SCAN_INTERVAL_MS;
      const size = decodeSize(el.videoWidth, el.videoHeight);
      if (context && el.readyState >= el.HAVE_CURRENT_DATA && size.width) {
        canvas.width = size.width;
        canvas.height = size.height;
        context.drawImage(el, 0, 0, size.width, size.height);
        const started = performance.now();
        const result = await d.decode(context.getImageData(0, 0, size.width, size.height));
        delay = nextFrameDelay(performance.now() - started);
        if (stopped) return;
        await take(result);
      }
      timer = window.setTimeout(() => void frame(d), delay);
    };

    const start = async () => {
      setPhase('starting');
      setHint(false);
      const missing = cameraPrecheck({
        isSecureContext: window.isSecureContext,
        hasGetUserMedia: typeof navigator.mediaDevices?.getUserMedia === 'function',
      });
      if (missing) return fail(t(PROBLEM[missing]));
      try {
        stream = await openCamera();
      } catch (e) {
        return fail(t(PROBLEM[cameraProblem(e)]));
      }
      if (stopped) return stopCamera(stream);
      el.srcObject = stream;
      // Muted and inline, so the browser lets it play without another tap.
      await el.play().catch(() => {});
      setPhase('loading');
      try {
        decoder = await openDecoder();
      } catch {
        stopCamera(stream);
        return fail(t('scan.decoder.failed'));
      }
      if (stopped) return decoder.close();
      setPhase('scanning');
      void frame(decoder);
    };
    void start();

    return () => {
      stopped = true;
      window.clearTimeout(timer);
      stopCamera(stream);
      decoder?.close();
      beeper.close();
      el.srcObject = null;
    };
  }, [attempt]);

  const status =
    phase === 'starting' ? t('scan.starting') : phase === 'loading' ? t('scan.loading') : phase === 'scanning' ? t('scan.ready') : '';
  return (
    <section
      class="scan"
      style={{ outline: 'none' }}
      ref={panel}
      tabIndex={-1}
      aria-labelledby="skanna-rubrik"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h4 id="skanna-rubrik">{t('scan.title')}</h4>
      <p>{t('scan.intro')}</p>
      <video
        ref={video}
        style={phase === 'problem' ? { display: 'none' } : VIDEO}
        muted
        playsInline
        autoPlay
        aria-label={t('scan.video')}
      />
      {phase === 'problem' ? (
        <p class="scan__problem" role="alert" style={ok(false)}>
          {problem}
        </p>
      ) : (
        <p class="scan__phase">{status}</p>
      )}
      <p class="scan__count" role="status" style={read ? { ...COUNT, ...ok(true) } : COUNT}>
        {read ? `✓ ${tf(read === 1 ? 'scan.count.one' : 'scan.count.other', { n: read })}` : t('scan.count.none')}
      </p>
      {last && (
        <p ref={lastLine} class="scan__last" data-ok={String(last.ok)} aria-live="polite" style={ok(last.ok)}>
          {last.message}
        </p>
      )}
      {hint && <p class="scan__hint muted">{t('scan.unreadable')}</p>}
      <div class="tool-actions">
        <label>
          <input type="checkbox" checked={sound} onChange={(e) => setSound(e.currentTarget.checked)} /> {t('scan.sound')}
        </label>
        {phase === 'problem' && (
          <button type="button" class="button" onClick={() => setAttempt((a) => a + 1)}>
            {t('scan.retry')}
          </button>
        )}
        <button type="button" class="button button--primary" onClick={onClose}>
          {t('scan.done')}
        </button>
      </div>
    </section>
  );
}
