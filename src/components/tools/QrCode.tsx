// A QR code drawn as SVG rectangles from uqr's matrix (no HTML strings are injected). The encoder
// is fetched only when a code is first shown, so tool pages load without it.
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
    void import('uqr').then(({ encode }) => current && setQr(encode(text, { ecc: 'M', border: 2 })));
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
