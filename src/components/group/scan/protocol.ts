// Messages between the scanner and its decoding worker (zxing.worker.ts).

/** One camera frame, as RGBA pixels whose buffer is transferred, not copied. */
export interface FrameRequest {
  id: number;
  width: number;
  height: number;
  buffer: ArrayBuffer;
}

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'failed'; error: string }
  /** texts of the codes read; unreadable when a code was seen that could not be read */
  | { type: 'frame'; id: number; texts: string[]; unreadable: boolean; error?: string };
