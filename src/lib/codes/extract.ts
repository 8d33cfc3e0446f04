/**
 * Finds every answer code in pasted text – a chat transcript, an e-mail, a list of links –
 * however it travelled: with names and times around it, trailing punctuation, <…> or quotes
 * around a link, wrapped in an Outlook/Teams "safe link" (percent-encoded inside another
 * address), split over lines (with indentation or "> " quoting), several on one line, or with the
 * start lower-cased. The checksum at the end of every code tells where a code ends, so text that
 * follows it (a name, a full stop) is never taken for part of it. Pure: no DOM, no models – what
 * a code says is read by ./person-code.ts.
 */
import { crc32 } from './crc32';

export interface FoundCode {
  /** the code, in its canonical form (upper-case prefix, no line breaks) */
  code: string;
  /** 1-based line of the pasted text where it starts */
  line: number;
}

export interface UnreadablePart {
  line: number;
  /** incomplete: no checksum matches; no-code: a link without a code; newer: a later format */
  reason: 'incomplete' | 'no-code' | 'newer';
}

export interface Extracted {
  found: FoundCode[];
  unreadable: UnreadablePart[];
}

/** Characters a code is made of (SVH1 and SVH2 alike). */
const CODE_CHAR = /[0-9A-Za-z._~-]/;
/** Bounds that no real paste comes near; they keep a hostile paste from blocking the page. */
export const EXTRACT_LIMITS = { text: 400_000, codes: 2000, codeLength: 4000, breaks: 12 } as const;

/**
 * Undoes the percent-encoding that safe-link wrappers and mail programs add ("%23kod%3D",
 * "%257E" when encoded twice). Only the characters a code or its "#kod=" can contain are
 * decoded; everything else stays as it was.
 */
function unwrap(text: string): string {
  let t = text;
  for (let i = 0; i < 3 && /%25[0-9a-f]{2}/i.test(t); i++) t = t.replace(/%25([0-9a-f]{2})/gi, '%$1');
  const chars: Record<string, string> = { '23': '#', '3d': '=', '2e': '.', '5f': '_', '7e': '~', '2d': '-' };
  return t.replace(/%(23|3d|2e|5f|7e|2d)/gi, (_m, hex: string) => chars[hex.toLowerCase()]!);
}

/**
 * The code characters from `start` on, stepping over line breaks with indentation or mail
 * quoting ("> ") and over single spaces inside a line – each kept character with its place in the
 * text, so that the next search starts after the code.
 */
function stream(text: string, start: number): { chars: string; at: number[] } {
  let chars = '';
  const at: number[] = [];
  let breaks = 0;
  let i = start;
  while (i < text.length && chars.length < EXTRACT_LIMITS.codeLength) {
    const c = text[i]!;
    if (CODE_CHAR.test(c)) {
      chars += c;
      at.push(i);
      i++;
      continue;
    }
    // A gap: whitespace (and mail quoting after a line break). Step over it when a code
    // character follows; the checksum decides later whether what follows belongs.
    const gap = /^[ \t]{0,3}(?:\r?\n[ \t>]*)?/.exec(text.slice(i, i + 40))?.[0] ?? '';
    if (!gap || !CODE_CHAR.test(text[i + gap.length] ?? '') || breaks >= EXTRACT_LIMITS.breaks) break;
    breaks++;
    i += gap.length;
  }
  return { chars, at };
}

/**
 * The shortest complete code at the start of `chars`: a body, a dot, and the body's checksum in
 * base 36. Every dot is tried as the last one; a code has a few dozen at most.
 */
function completeCode(chars: string): string | null {
  const canonical = chars.slice(0, 4).toUpperCase() + chars.slice(4);
  for (let dot = canonical.indexOf('.', 5); dot >= 0; dot = canonical.indexOf('.', dot + 1)) {
    const sum = crc32(canonical.slice(0, dot)).toString(36);
    if (canonical.startsWith(sum, dot + 1)) return canonical.slice(0, dot + 1 + sum.length);
  }
  return null;
}

function lineOf(index: number, lineStarts: number[]): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Every code in the text, in order, and the places that looked like a code but were not whole. */
export function extractCodes(input: string): Extracted {
  const text = unwrap(typeof input === 'string' ? input.slice(0, EXTRACT_LIMITS.text) : '');
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const found: FoundCode[] = [];
  const unreadable: UnreadablePart[] = [];
  const start = /svh\d|#kod=/gi;
  let m: RegExpExecArray | null;
  while ((m = start.exec(text)) && found.length + unreadable.length < EXTRACT_LIMITS.codes) {
    const line = lineOf(m.index, lineStarts);
    if (m[0].startsWith('#')) {
      // A link: its code follows (the search finds it next); a link without one is reported.
      if (!/^#kod=\s*svh\d/i.test(text.slice(m.index, m.index + 12))) unreadable.push({ line, reason: 'no-code' });
      continue;
    }
    // "SVH" inside a longer word is not the start of a code.
    if (m.index > 0 && /[0-9A-Za-z]/.test(text[m.index - 1]!)) continue;
    // A format this page does not know: where it ends cannot be told, so it is only named.
    if (!/^svh[12]/i.test(m[0])) {
      unreadable.push({ line, reason: 'newer' });
      continue;
    }
    const { chars, at } = stream(text, m.index);
    const code = completeCode(chars);
    if (code) {
      found.push({ code, line });
      start.lastIndex = at[code.length - 1]! + 1;
    } else {
      unreadable.push({ line, reason: 'incomplete' });
      // What it ran into may hold the next code: search on from just after this one's start.
      start.lastIndex = m.index + 4;
    }
  }
  return { found, unreadable };
}
