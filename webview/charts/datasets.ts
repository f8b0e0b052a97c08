// One variant's line with its confidence band as chart.js datasets: the band's lower edge, its
// upper edge filled down to the lower one, then the mean line. Band datasets have an empty
// label; hosts hide those legend items (see hideBandLegend in the report page and webview).

import type { ChartDataset } from 'chart.js';
import type { LineStyle } from './style';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export type LineDataset = ChartDataset<'line', Point[]>;

export function lineWithBand(label: string, style: LineStyle, mean: Point[], low: Point[] | null, high: Point[] | null): LineDataset[] {
  const line: LineDataset = {
    label,
    data: mean,
    borderColor: style.colour,
    backgroundColor: style.colour,
    borderDash: style.dash,
    borderWidth: 1.5,
    pointRadius: 0,
    fill: false,
  };
  if (!low || !high || low.length === 0) return [line];
  const edge = { label: '', borderWidth: 0, pointRadius: 0, borderColor: style.band, backgroundColor: style.band };
  return [
    { ...edge, data: low, fill: false },
    { ...edge, data: high, fill: '-1' },
    line,
  ];
}
