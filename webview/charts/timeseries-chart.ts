// Aggregate relay goodput over simulated time: one line per variant (mean across seeds per
// bucket) with its 95 % band.

import type { ChartConfiguration } from 'chart.js';
import type { ExperimentResults } from '../../simulator/results/types';
import { lineWithBand, type LineDataset, type Point } from './datasets';
import { variantStyles } from './style';

export function goodputOverTimeChart(experiment: ExperimentResults, title: string): ChartConfiguration<'line', Point[]> {
  const styles = variantStyles(experiment.variants);
  const datasets: LineDataset[] = experiment.variants.flatMap((variant, i) => {
    const series = variant.aggregate?.goodputSeries;
    if (!series) return [];
    const at = (values: readonly (number | null)[]) =>
      values.flatMap((y, k) => (y === null ? [] : [{ x: series.startSeconds + (k + 0.5) * series.bucketSeconds, y }]));
    const hasBand = series.band.low.every((v) => v !== null);
    return lineWithBand(variant.name, styles[i]!, at(series.band.mean), hasBand ? at(series.band.low) : null, hasBand ? at(series.band.high) : null);
  });
  return {
    type: 'line',
    data: { datasets },
    options: {
      animation: false,
      parsing: false,
      plugins: { title: { display: true, text: title }, legend: { position: 'bottom' } },
      scales: {
        x: { type: 'linear', title: { display: true, text: 'Simulated time (s)' } },
        y: { type: 'linear', min: 0, title: { display: true, text: 'Goodput (MiB/s)' } },
      },
    },
  };
}
