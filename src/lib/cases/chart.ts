// The geometry and the text alternative of a case's bar chart, from the table it draws. Pure, so
// that the drawing and its description are tested without a browser. Horizontal bars: one group
// per row of the table, one bar per series, the value written at the end of each bar.
import type { CaseChart, CaseTable } from '../../schemas/case';
import { cellValue, formatWithUnit } from './format';

export const CHART = {
  width: 420,
  /** room for the row names on the left */
  labelWidth: 84,
  /** room for the value written after the longest bar */
  valueWidth: 52,
  bar: 16,
  barGap: 3,
  groupGap: 14,
  legendLine: 20,
  axis: 30,
} as const;

export interface Bar {
  row: string;
  series: number;
  column: string;
  /** undefined: the report gives no figure */
  value: number | undefined;
  /** the value as written on the page */
  text: string;
  x: number;
  y: number;
  width: number;
}

export interface ChartLayout {
  height: number;
  plotLeft: number;
  plotWidth: number;
  top: number;
  bars: Bar[];
  /** each row's name and the y of its label (middle of the group) */
  rows: { name: string; y: number }[];
  ticks: { value: number; x: number; text: string }[];
  reference?: { x: number; text: string };
  /** the legend: what each bar in a group is, in order from the top */
  legend: string[];
}

const ORDER_TWO = ['Övre stapeln', 'Undre stapeln'];
const ORDER = ['Första stapeln', 'Andra stapeln', 'Tredje stapeln', 'Fjärde stapeln'];

function unitOf(table: CaseTable, column: string): string {
  return table.columns.find((c) => c.id === column)?.unit ?? 'antal';
}

export function layoutChart(chart: CaseChart, table: CaseTable): ChartLayout {
  const n = chart.series.length;
  const order = n === 2 ? ORDER_TWO : ORDER;
  const legend = chart.series.map((s, i) => (n === 1 ? s.label : `${order[i]}: ${s.label}`));
  const top = legend.length * CHART.legendLine + (chart.reference ? CHART.legendLine : 0) + 12;
  const plotLeft = CHART.labelWidth;
  const plotWidth = CHART.width - CHART.labelWidth - CHART.valueWidth;
  const groupHeight = n * CHART.bar + (n - 1) * CHART.barGap;
  const scale = (v: number) => (Math.max(0, Math.min(v, chart.max)) / chart.max) * plotWidth;

  const bars: Bar[] = [];
  const rows: { name: string; y: number }[] = [];
  chart.rows.forEach((name, r) => {
    const row = table.rows.find((x) => x[0] === name)!;
    const y0 = top + r * (groupHeight + CHART.groupGap);
    rows.push({ name, y: y0 + groupHeight / 2 });
    chart.series.forEach((s, i) => {
      const index = table.columns.findIndex((c) => c.id === s.column);
      const value = cellValue(row[index] ?? null);
      bars.push({
        row: name,
        series: i,
        column: s.column,
        value,
        text: value === undefined ? 'ingen uppgift' : formatWithUnit(value, unitOf(table, s.column)),
        x: plotLeft,
        y: y0 + i * (CHART.bar + CHART.barGap),
        width: value === undefined ? 0 : Math.round(scale(value) * 10) / 10,
      });
    });
  });
  const plotBottom = top + chart.rows.length * (groupHeight + CHART.groupGap) - CHART.groupGap;
  const unit = unitOf(table, chart.series[0]!.column);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => ({
    value: chart.max * f,
    x: plotLeft + plotWidth * f,
    text: formatWithUnit(Math.round(chart.max * f * 100) / 100, unit),
  }));
  const layout: ChartLayout = { height: plotBottom + CHART.axis, plotLeft, plotWidth, top, bars, rows, ticks, legend };
  if (chart.reference) {
    layout.reference = {
      x: plotLeft + scale(chart.reference.value),
      text: `${chart.reference.label} (${formatWithUnit(chart.reference.value, unit)})`,
    };
  }
  return layout;
}

/** The chart in words: every bar's value, so that nothing is only in the drawing. */
export function describeChart(chart: CaseChart, table: CaseTable): string {
  const layout = layoutChart(chart, table);
  const parts = chart.rows.map((name) => {
    const values = layout.bars.filter((b) => b.row === name).map((b) => `${chart.series[b.series]!.label.toLowerCase()} ${b.text}`);
    return `${name}: ${values.join(', ')}.`;
  });
  const reference = layout.reference ? ` En lodrät linje markerar ${layout.reference.text.replace(/^./, (c) => c.toLowerCase())}.` : '';
  return `Liggande stapeldiagram med siffrorna ur tabellen ”${table.caption}”. ${parts.join(' ')}${reference}`;
}
