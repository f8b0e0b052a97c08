// Building blocks of the line panels: the frame every panel shares (lineChart), and one
// variant's line with its confidence band as chart.js datasets: the band as one closed
// shape (lower edge forward, upper edge back; fill 'shape', which stays right where edges are
// not monotonic in x, unlike filling between two datasets), then the mean line. The band
// dataset has an empty label; hosts hide such legend items (the report page does).

import type { ChartConfiguration, ChartDataset } from 'chart.js';
import { subtitleOf } from './band-rule';
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
  const band: LineDataset = {
    label: '',
    data: [...low, ...[...high].reverse()],
    fill: 'shape',
    borderWidth: 0,
    pointRadius: 0,
    borderColor: style.band,
    backgroundColor: style.band,
  };
  return [band, line];
}

type LineScales = NonNullable<NonNullable<ChartConfiguration<'line', Point[]>['options']>['scales']>;

/** The frame every line panel shares: title, one subtitle line per note (none when all are null), legend below, no animation, pre-parsed points. */
export function lineChart(title: string, notes: readonly (string | null)[], datasets: LineDataset[], scales: LineScales): ChartConfiguration<'line', Point[]> {
  const subtitle = subtitleOf(notes);
  return {
    type: 'line',
    data: { datasets },
    options: {
      animation: false,
      parsing: false,
      plugins: {
        title: { display: true, text: title },
        subtitle: { display: subtitle !== null, text: subtitle ?? [] },
        legend: { position: 'bottom' },
      },
      scales,
    },
  };
}
