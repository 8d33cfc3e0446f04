/**
 * How often the scanner looks at a frame. Decoding a camera frame costs a few to a few dozen
 * milliseconds; doing it for every frame (30–60 a second) would keep a core busy and make the page
 * stutter on a school laptop. So the scanner decodes about 6–7 frames a second, one at a time, and
 * when a frame took longer than that to decode it waits as long again before the next one – the
 * decoder never takes more than about half of one core. Pure timing arithmetic, no DOM.
 */

/** The shortest time between the start of two decodes: ≈ 6.7 frames a second. */
export const SCAN_INTERVAL_MS = 150;
/** Never wait longer than this between two frames, however slow the last decode was. */
export const SCAN_MAX_WAIT_MS = 1000;

/** How long to wait after a decode that took `decodeMs` before the next frame is taken. */
export function nextFrameDelay(decodeMs: number, interval = SCAN_INTERVAL_MS): number {
  const spent = Number.isFinite(decodeMs) && decodeMs > 0 ? decodeMs : 0;
  // Time left of the interval, but at least as long as the decode itself took.
  return Math.min(SCAN_MAX_WAIT_MS, Math.max(interval - spent, spent));
}

/** The size to draw a frame at for decoding: the long side at most `max` pixels, aspect kept. */
export function decodeSize(width: number, height: number, max = 960): { width: number; height: number } {
  if (!(width > 0 && height > 0)) return { width: 0, height: 0 };
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}
