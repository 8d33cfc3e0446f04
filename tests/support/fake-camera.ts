// A video for Chromium's fake camera (--use-file-for-fake-video-capture): a Y4M file in which
// each "shot" holds a QR code – rendered with uqr, the site's own QR encoder – or a blank picture
// for a number of frames. Chromium loops the file, so a test sees every code again and again, as
// a scanner does when a participant keeps holding their phone up. Pure Node, no image tools.
import { closeSync, openSync, writeSync } from 'node:fs';
import { encode } from 'uqr';

export interface Shot {
  /** the text in the QR code; none for a blank picture */
  text?: string;
  frames: number;
}

const LIGHT = 235;
const DARK = 16;

/** The luma (Y) plane of one picture: the QR code, with its quiet zone, centred on light grey. */
function picture(width: number, height: number, text?: string): Buffer {
  const plane = Buffer.alloc(width * height, LIGHT);
  if (!text) return plane;
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  const quiet = 4;
  const scale = Math.floor((Math.min(width, height) * 0.95) / (size + 2 * quiet));
  if (scale < 2) throw new Error(`QR-koden (${size} moduler) får inte plats i ${width}×${height}`);
  const left = Math.floor((width - size * scale) / 2);
  const top = Math.floor((height - size * scale) / 2);
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      if (!data[r]![c]) continue;
      for (let y = 0; y < scale; y++)
        plane.fill(DARK, (top + r * scale + y) * width + left + c * scale, (top + r * scale + y) * width + left + (c + 1) * scale);
    }
  }
  return plane;
}

/** Writes the shots as a 4:2:0 Y4M video (neutral colour planes) and returns its frame count. */
export function writeFakeVideo(path: string, shots: Shot[], { width = 480, height = 360, fps = 10 } = {}): number {
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const fd = openSync(path, 'w');
  let frames = 0;
  try {
    writeSync(fd, `YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
    for (const shot of shots) {
      const luma = picture(width, height, shot.text);
      for (let i = 0; i < shot.frames; i++, frames++) {
        writeSync(fd, 'FRAME\n');
        writeSync(fd, luma);
        writeSync(fd, chroma);
      }
    }
  } finally {
    closeSync(fd);
  }
  return frames;
}
