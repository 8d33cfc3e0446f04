// The Swedish number text is written out by hand (src/lib/swedish.ts) to spare slow phones Intl's
// Swedish data; it must read exactly as Intl writes it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../../src/lib/swedish';

const intl = new Intl.NumberFormat('sv', { maximumFractionDigits: 1 });

describe('formatDecimal', () => {
  it.each([0, -0, 1, 1.05, 1.25, -1.25, 0.15, 0.96, 2.5, 1234, 12345.67, -5, 0.04, -0.04, 999.95, 1e21, Number.NaN, Infinity])(
    '%s reads as Intl writes it',
    (n) => expect(formatDecimal(n)).toBe(intl.format(n)),
  );

  it('reads as Intl writes it for any number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (n) => formatDecimal(n) === intl.format(n)),
      { numRuns: 5000 },
    );
  });

  it('reads as Intl writes it for the means the tools show (0–3, two decimals)', () => {
    for (let i = 0; i <= 300; i++) expect(formatDecimal(i / 100)).toBe(intl.format(i / 100));
  });
});
