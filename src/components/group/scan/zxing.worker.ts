// The QR decoder for browsers without BarcodeDetector: ZXing-C++ compiled to WebAssembly
// (zxing-wasm), run in this worker so that decoding never blocks the page. The .wasm file is
// bundled with the site and fetched from our own origin – the library would otherwise fetch it
// from a CDN, so locateFile is always overridden before the first decode.
import { prepareZXingModule, readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import type { FrameRequest, WorkerReply } from './protocol';

const OPTIONS: ReaderOptions = {
  formats: ['QRCode'],
  tryHarder: true,
  // A participant may hold two phones up at once; both codes are read.
  maxNumberOfSymbols: 4,
  // Report a code that is seen but cannot be read, so the scanner can say so.
  returnErrors: true,
};

const post = (reply: WorkerReply) => self.postMessage(reply);

const ready = prepareZXingModule({
  overrides: {
    locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? new URL(wasmUrl, self.location.href).href : prefix + path),
  },
  fireImmediately: true,
});

ready.then(
  () => post({ type: 'ready' }),
  (e: unknown) => post({ type: 'failed', error: String(e) }),
);

self.onmessage = async (event: MessageEvent<FrameRequest>) => {
  const { id, width, height, buffer } = event.data;
  try {
    await ready;
    const results = await readBarcodes(new ImageData(new Uint8ClampedArray(buffer), width, height), OPTIONS);
    post({
      type: 'frame',
      id,
      texts: results.filter((r) => r.isValid && r.text).map((r) => r.text),
      unreadable: results.some((r) => !r.isValid),
    });
  } catch (e) {
    post({ type: 'frame', id, texts: [], unreadable: false, error: String(e) });
  }
};
