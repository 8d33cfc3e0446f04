// A QR code drawn as SVG rectangles from uqr's matrix (no HTML strings are injected). The encoder
// is fetched only when a code is first shown, so tool pages load without it. Text too long for any
// QR code shows nothing rather than failing (the link and the code are beside it anyway).
import { useEffect, useState } from 'preact/hooks';

export interface QrCodeProps {
  text: string;
  label: string;
}

type Matrix = { data: boolean[][]; size: number };

export function QrCode({ text, label }: QrCodeProps) {
  const [qr, setQr] = useState<Matrix | null>(null);
  useEffect(() => {
    let current = true;
    void import('uqr')
      .then(({ encode }) => {
        if (!current) return;
        try {
          // Medium error correction while the code stays small; a long one (many amounts) gets
          // low correction, so that its modules stay large enough to scan from a phone's screen.
          setQr(encode(text, { ecc: text.length > 600 ? 'L' : 'M', border: 2 }));
        } catch {
          setQr(null);
        }
      })
      .catch(() => current && setQr(null));
    return () => {
      current = false;
    };
  }, [text]);
  if (!qr) return null;
  const cells: string[] = [];
  qr.data.forEach((row, y) => row.forEach((on, x) => on && cells.push(`M${x} ${y}h1v1h-1z`)));
  return (
    <svg class="qr" viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={cells.join('')} fill="#000" />
    </svg>
  );
}
