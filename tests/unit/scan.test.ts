// The camera scanner's pure parts: which decoded texts reach the group (each code once, a link
// and its bare code alike), when it tells how to hold a code it cannot read, how often it looks
// at a frame, and which Swedish reason a camera failure gets.
import { describe, expect, it } from 'vitest';
import { cameraPrecheck, cameraProblem } from '../../src/lib/scan/camera-errors';
import { emptyTally, freshTexts, recordRead, scanKey, UNREADABLE_FRAMES, unreadableRun } from '../../src/lib/scan/tally';
import { decodeSize, nextFrameDelay, SCAN_INTERVAL_MS, SCAN_MAX_WAIT_MS } from '../../src/lib/scan/throttle';

const CODE = 'SVH1.cl.1.012__.QW5uYQ.S29tbXVuZW4.k3j9x1';
const LINK = `https://example.org/verktyg/checklistor/#kod=${CODE}`;

describe('which reads reach the group', () => {
  it('hands on a code the first time only, however many frames show it', () => {
    let tally = emptyTally();
    const handed: string[] = [];
    for (let frame = 0; frame < 10; frame++) {
      for (const text of freshTexts(tally, [CODE])) {
        handed.push(text);
        tally = recordRead(tally, text, true);
      }
    }
    expect(handed).toEqual([CODE]);
    expect(tally.read).toBe(1);
  });

  it('takes a link and the bare code it carries as one read, and ignores surrounding space', () => {
    expect(scanKey(LINK)).toBe(CODE);
    expect(scanKey(`  ${CODE}\n`)).toBe(CODE);
    const tally = recordRead(emptyTally(), LINK, true);
    expect(freshTexts(tally, [CODE, ` ${LINK} `])).toEqual([]);
  });

  it('hands on two different codes in one frame, each once, in the order seen', () => {
    const other = CODE.replace('012', '210');
    expect(freshTexts(emptyTally(), [other, CODE, other])).toEqual([other, CODE]);
  });

  it('passes over empty texts', () => {
    expect(freshTexts(emptyTally(), ['', '   '])).toEqual([]);
  });

  it('does not offer a refused text again, and counts it apart from the ones taken in', () => {
    let tally = recordRead(emptyTally(), 'inte en kod', false);
    tally = recordRead(tally, CODE, true);
    expect(freshTexts(tally, ['inte en kod', CODE])).toEqual([]);
    expect([tally.read, tally.refused]).toEqual([1, 1]);
  });

  it('leaves the earlier tally as it was (the scanner keeps the newest in a ref)', () => {
    const before = emptyTally();
    recordRead(before, CODE, true);
    expect(before.seen.size).toBe(0);
  });
});

describe('a code seen but not read', () => {
  const seen = { texts: [], unreadable: true };
  it(`is mentioned after ${UNREADABLE_FRAMES} frames in a row, not after a single blurred one`, () => {
    let run = 0;
    const runs = Array.from({ length: UNREADABLE_FRAMES }, () => (run = unreadableRun(run, seen)));
    expect(runs.map((r) => r >= UNREADABLE_FRAMES)).toEqual([...Array<boolean>(UNREADABLE_FRAMES - 1).fill(false), true]);
  });

  it('starts counting again when a code is read or nothing is in view', () => {
    expect(unreadableRun(3, { texts: [CODE], unreadable: true })).toBe(0);
    expect(unreadableRun(3, { texts: [], unreadable: false })).toBe(0);
  });
});

describe('how often a frame is decoded', () => {
  it('waits out the rest of the interval after a quick decode', () => {
    expect(nextFrameDelay(10)).toBe(SCAN_INTERVAL_MS - 10);
    expect(nextFrameDelay(0)).toBe(SCAN_INTERVAL_MS);
  });

  it('after a slow decode waits as long again, so decoding takes at most half the time', () => {
    expect(nextFrameDelay(200)).toBe(200);
    expect(nextFrameDelay(SCAN_INTERVAL_MS / 2)).toBe(SCAN_INTERVAL_MS / 2);
  });

  it('never waits longer than a second, and treats a nonsense duration as none', () => {
    expect(nextFrameDelay(5000)).toBe(SCAN_MAX_WAIT_MS);
    expect(nextFrameDelay(Number.NaN)).toBe(SCAN_INTERVAL_MS);
    expect(nextFrameDelay(-5)).toBe(SCAN_INTERVAL_MS);
  });

  it('draws a large frame smaller, keeping its shape, and a small one as it is', () => {
    expect(decodeSize(1920, 1080)).toEqual({ width: 960, height: 540 });
    expect(decodeSize(720, 1280)).toEqual({ width: 540, height: 960 });
    expect(decodeSize(640, 480)).toEqual({ width: 640, height: 480 });
    expect(decodeSize(0, 0)).toEqual({ width: 0, height: 0 });
  });
});

describe('why the camera cannot be used', () => {
  it('says first that the page is not secure, then that there is no camera API', () => {
    expect(cameraPrecheck({ isSecureContext: false, hasGetUserMedia: false })).toBe('insecure');
    expect(cameraPrecheck({ isSecureContext: true, hasGetUserMedia: false })).toBe('unsupported');
    expect(cameraPrecheck({ isSecureContext: true, hasGetUserMedia: true })).toBeUndefined();
  });

  it.each([
    ['NotAllowedError', 'denied'],
    ['SecurityError', 'denied'],
    ['NotFoundError', 'noCamera'],
    ['OverconstrainedError', 'noCamera'],
    ['NotReadableError', 'busy'],
    ['AbortError', 'busy'],
    ['TypeError', 'unsupported'],
    ['SomethingNew', 'failed'],
  ])('%s → %s', (name, problem) => {
    expect(cameraProblem(new DOMException('x', name))).toBe(problem);
  });

  it('copes with anything thrown', () => {
    expect(cameraProblem(undefined)).toBe('failed');
    expect(cameraProblem('oops')).toBe('failed');
    expect(cameraProblem({ name: 'NotAllowedError' })).toBe('denied');
  });
});
