/**
 * What the camera scanner keeps while it is open: which texts it has already handed on, and how
 * many were taken in or refused. A participant's QR code stays in view for a second or two and is
 * decoded again on every frame – and the fake test camera loops its video – so the same text must
 * reach the group only once. Pure data, no DOM.
 */
export interface ScanTally {
  /** every text already handed on (by its key), whether it was taken in or refused */
  readonly seen: ReadonlySet<string>;
  /** texts the group took in */
  readonly read: number;
  /** texts the group refused (not a code, damaged, already there …) */
  readonly refused: number;
}

export const emptyTally = (): ScanTally => ({ seen: new Set(), read: 0, refused: 0 });

/**
 * The key a decoded text is known by: a link and the bare code it carries are one read, and so
 * are two links to the same code from different addresses. Whitespace around it does not count.
 */
export function scanKey(text: string): string {
  const trimmed = text.trim();
  const at = trimmed.indexOf('#kod=');
  return at >= 0 ? trimmed.slice(at + 5) : trimmed;
}

/** The texts of one frame that have not been handed on before, each once, in the order seen. */
export function freshTexts(tally: ScanTally, texts: readonly string[]): string[] {
  const out: string[] = [];
  const keys = new Set<string>();
  for (const text of texts) {
    const key = scanKey(text);
    if (!key || tally.seen.has(key) || keys.has(key)) continue;
    keys.add(key);
    out.push(text);
  }
  return out;
}

/** The tally after one text was handed on and the group took it in (`ok`) or refused it. */
export function recordRead(tally: ScanTally, text: string, ok: boolean): ScanTally {
  const seen = new Set(tally.seen);
  seen.add(scanKey(text));
  return { seen, read: tally.read + (ok ? 1 : 0), refused: tally.refused + (ok ? 0 : 1) };
}

/** Frames in a row with a code seen but not read before the scanner says how to hold it. */
export const UNREADABLE_FRAMES = 4;

/**
 * How many frames in a row have shown a code that could not be read: a frame that reads a code
 * ends the run, and so does a frame with no code in it (the phone was taken away).
 */
export function unreadableRun(run: number, frame: { texts: readonly string[]; unreadable: boolean }): number {
  if (frame.texts.length > 0 || !frame.unreadable) return 0;
  return run + 1;
}
