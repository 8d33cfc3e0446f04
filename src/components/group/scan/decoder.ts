// Turns camera frames into the texts of the QR codes in them. The browser's own BarcodeDetector
// is used where it exists and reads QR codes (Android, ChromeOS, macOS); elsewhere – most
// Windows and Linux laptops – ZXing in a worker (zxing.worker.ts). Both are loaded only when
// the scanner opens.
import type { FrameRequest, WorkerReply } from './protocol';

export interface FrameResult {
  texts: string[];
  /** a QR code was seen but could not be read (only ZXing can tell) */
  unreadable: boolean;
}

export interface FrameDecoder {
  kind: 'native' | 'zxing';
  decode(frame: ImageData): Promise<FrameResult>;
  close(): void;
}

/** The part of the Barcode Detection API the scanner uses (not yet in TypeScript's DOM types). */
interface BarcodeDetectorLike {
  detect(image: ImageData): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

async function nativeDecoder(): Promise<FrameDecoder | undefined> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (!Detector) return undefined;
  try {
    if (!(await Detector.getSupportedFormats()).includes('qr_code')) return undefined;
    const detector = new Detector({ formats: ['qr_code'] });
    return {
      kind: 'native',
      decode: async (frame) => ({ texts: (await detector.detect(frame)).map((c) => c.rawValue).filter(Boolean), unreadable: false }),
      close: () => {},
    };
  } catch {
    return undefined;
  }
}

function zxingDecoder(): Promise<FrameDecoder> {
  const worker = new Worker(new URL('./zxing.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, (r: FrameResult) => void>();
  let next = 0;
  return new Promise<FrameDecoder>((resolve, reject) => {
    worker.onerror = (e) => {
      e.preventDefault();
      reject(new Error(e.message || 'worker'));
    };
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'failed') {
        worker.terminate();
        reject(new Error(reply.error));
      } else if (reply.type === 'ready') {
        resolve({
          kind: 'zxing',
          decode: (frame) =>
            new Promise<FrameResult>((done) => {
              const id = next++;
              pending.set(id, done);
              const request: FrameRequest = { id, width: frame.width, height: frame.height, buffer: frame.data.buffer };
              worker.postMessage(request, [request.buffer]);
            }),
          close: () => {
            worker.terminate();
            for (const done of pending.values()) done({ texts: [], unreadable: false });
            pending.clear();
          },
        });
      } else {
        pending.get(reply.id)?.({ texts: reply.texts, unreadable: reply.unreadable });
        pending.delete(reply.id);
      }
    };
  });
}

/** The best decoder this browser has; rejects when none can be loaded (e.g. offline, never cached). */
export async function openDecoder(): Promise<FrameDecoder> {
  return (await nativeDecoder()) ?? zxingDecoder();
}
