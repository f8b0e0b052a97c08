// Aggregate relay goodput over simulated time: one line per variant (mean across seeds per
// bucket) with its 95 % band. On a logarithmic goodput axis, idle buckets (0 MiB/s) are drawn
// at the axis minimum and counted in the subtitle (log-axis.ts).

import type { ChartConfiguration } from 'chart.js';
import type { ExperimentResults } from '../../simulator/results/types';
import { lineWithBand, type LineDataset, type Point } from './datasets';
import { logAxisMinimum, onLogAxis, zeroNote } from './log-axis';
import { variantStyles } from './style';

export interface TimeSeriesPanelSpec {
  readonly title: string;
  readonly logarithmic: boolean;
  /** Line colours (#rrggbb) in order of use; the default palette when absent. */
  readonly palette?: readonly string[];
}

export function goodputOverTimeChart(experiment: ExperimentResults, spec: TimeSeriesPanelSpec): ChartConfiguration<'line', Point[]> {
  const styles = variantStyles(experiment.variants, spec.palette);
  const axisMin = spec.logarithmic ? logAxisMinimum(experiment.variants.flatMap((v) => v.aggregate?.goodputSeries?.band.mean ?? [])) : undefined;
  let zeros = 0;
  const datasets: LineDataset[] = experiment.variants.flatMap((variant, i) => {
    const series = variant.aggregate?.goodputSeries;
    if (!series) return [];
    if (axisMin !== undefined) zeros += series.band.mean.filter((y) => y <= 0).length;
    const at = (values: readonly (number | null)[]) =>
      values.flatMap((y, k) =>
        y === null ? [] : [{ x: series.startSeconds + (k + 0.5) * series.bucketSeconds, y: axisMin === undefined ? y : onLogAxis(y, axisMin) }],
      );
    const hasBand = series.band.low.every((v) => v !== null);
    return lineWithBand(variant.name, styles[i]!, at(series.band.mean), hasBand ? at(series.band.low) : null, hasBand ? at(series.band.high) : null);
  });
  const note = axisMin !== undefined && zeros > 0 ? zeroNote(`${zeros} bucket${zeros === 1 ? '' : 's'}`, axisMin, 'MiB/s') : null;
  return {
    type: 'line',
    data: { datasets },
    options: {
      animation: false,
      parsing: false,
      plugins: {
        title: { display: true, text: spec.title },
        subtitle: { display: note !== null, text: note ?? '' },
        legend: { position: 'bottom' },
      },
      scales: {
        x: { type: 'linear', title: { display: true, text: 'Simulated time (s)' } },
        y: {
          type: spec.logarithmic ? 'logarithmic' : 'linear',
          min: axisMin ?? 0,
          title: { display: true, text: 'Goodput (MiB/s)' },
        },
      },
    },
  };
}
