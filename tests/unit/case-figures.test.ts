// How the cases' figures are written and drawn: Swedish number format, and a chart whose bars and
// text alternative carry exactly the table's values.
import { describe, expect, it } from 'vitest';
import { cellValue, formatCell, formatFact, formatNumber, formatWithUnit, NBSP } from '../../src/lib/cases/format';
import { CHART, describeChart, layoutChart } from '../../src/lib/cases/chart';
import type { CaseChart, CaseTable } from '../../src/schemas/case';

describe('numbers in Swedish', () => {
  it.each([
    { input: 0, expected: '0' },
    { input: 45, expected: '45' },
    { input: 1000, expected: `1${NBSP}000` },
    { input: 29090968, expected: `29${NBSP}090${NBSP}968` },
    { input: 2.5, expected: '2,5' },
    { input: -1200, expected: `−1${NBSP}200` },
  ])('$input → $expected', ({ input, expected }) => expect(formatNumber(input)).toBe(expected));

  it.each([
    { n: 18, unit: 'procent', expected: `18${NBSP}%` },
    { n: 12464585, unit: 'kr', expected: `12${NBSP}464${NBSP}585${NBSP}kr` },
    { n: 310, unit: 'personer', expected: `310${NBSP}personer` },
    { n: 310, unit: 'antal', expected: '310' },
    { n: 310, unit: undefined, expected: '310' },
  ])('$n with unit $unit', ({ n, unit, expected }) => expect(formatWithUnit(n, unit)).toBe(expected));

  it.each([
    { fact: { value: 'Åstorps kommun' }, expected: 'Åstorps kommun' },
    { fact: { value: 310, unit: 'personer' }, expected: `310${NBSP}personer` },
    { fact: { value: 'drygt 300', unit: 'personer' }, expected: 'drygt 300 personer' },
  ])('fact $fact.value', ({ fact, expected }) => expect(formatFact(fact)).toBe(expected));

  it.each([
    { cell: null, unit: 'antal', expected: { text: '', missing: true } },
    { cell: 'Cykel 1', unit: 'text', expected: { text: 'Cykel 1', missing: false } },
    { cell: 4, unit: 'procent', expected: { text: `4${NBSP}%`, missing: false, value: 4 } },
    { cell: { value: 116, mark: '*' }, unit: 'antal', expected: { text: '116', mark: '*', missing: false, value: 116 } },
  ])('cell $cell', ({ cell, unit, expected }) => {
    expect(formatCell(cell, unit)).toEqual(expected);
    expect(cellValue(cell)).toBe(expected.value);
  });
});

const table: CaseTable = {
  id: 't',
  caption: 'Andel i arbete',
  source: 'tabell 1',
  columns: [
    { id: 'namn', label: 'Namn', unit: 'text' },
    { id: 'slut', label: 'Slut', unit: 'procent' },
    { id: 'sen', label: 'Sen', unit: 'procent' },
  ],
  rows: [
    ['A', 20, 40],
    ['B', 50, null],
    ['C', 120, { value: 10, mark: '*' }],
  ],
  notes: [{ mark: '*', text: 'En not.' }],
};
const chart: CaseChart = {
  id: 'c',
  table: 't',
  caption: 'Diagram',
  rows: ['A', 'B', 'C'],
  series: [
    { column: 'slut', label: 'Vid slut' },
    { column: 'sen', label: 'Senare' },
  ],
  max: 100,
  reference: { value: 45, label: 'Målet' },
};

describe('a chart drawn from a table', () => {
  const layout = layoutChart(chart, table);
  const plotWidth = CHART.width - CHART.labelWidth - CHART.valueWidth;

  it('draws one bar per row and series, as long as its value says (capped at the axis)', () => {
    expect(layout.bars.map((b) => [b.row, b.column, b.value, b.width])).toEqual([
      ['A', 'slut', 20, Math.round(0.2 * plotWidth * 10) / 10],
      ['A', 'sen', 40, Math.round(0.4 * plotWidth * 10) / 10],
      ['B', 'slut', 50, Math.round(0.5 * plotWidth * 10) / 10],
      ['B', 'sen', undefined, 0],
      ['C', 'slut', 120, plotWidth],
      ['C', 'sen', 10, Math.round(0.1 * plotWidth * 10) / 10],
    ]);
  });
  it('writes every value, and “ingen uppgift” where the report has none', () => {
    expect(layout.bars.map((b) => b.text)).toEqual([
      `20${NBSP}%`,
      `40${NBSP}%`,
      `50${NBSP}%`,
      'ingen uppgift',
      `120${NBSP}%`,
      `10${NBSP}%`,
    ]);
  });
  it('says which bar is which in words, not only in colour', () => {
    expect(layout.legend).toEqual(['Övre stapeln: Vid slut', 'Undre stapeln: Senare']);
    expect(layoutChart({ ...chart, series: [chart.series[0]!] }, table).legend).toEqual(['Vid slut']);
    expect(layoutChart({ ...chart, series: [...chart.series, { column: 'slut', label: 'Igen' }] }, table).legend[2]).toBe(
      'Tredje stapeln: Igen',
    );
  });
  it('puts the reference line at its value', () => {
    expect(layout.reference).toEqual({ x: CHART.labelWidth + 0.45 * plotWidth, text: `Målet (45${NBSP}%)` });
    expect(layoutChart({ ...chart, reference: undefined }, table).reference).toBeUndefined();
  });
  it('has an axis from 0 to the maximum', () => {
    expect(layout.ticks.map((t) => t.text)).toEqual(['0', '25', '50', '75', '100'].map((n) => `${n}${NBSP}%`));
  });
  it('describes every value in its text alternative', () => {
    expect(describeChart(chart, table)).toBe(
      `Liggande stapeldiagram med siffrorna ur tabellen ”Andel i arbete”. A: vid slut 20${NBSP}%, senare 40${NBSP}%. ` +
        `B: vid slut 50${NBSP}%, senare ingen uppgift. C: vid slut 120${NBSP}%, senare 10${NBSP}%. En lodrät linje markerar målet (45${NBSP}%).`,
    );
  });
});
