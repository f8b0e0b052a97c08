// Aggregate relay goodput over simulated time: one line per variant (mean across seeds per
// bucket) with its 95 % band (from 3 seeds up, band-rule.ts). On a logarithmic goodput axis, idle buckets (0 MiB/s) are drawn
// at the axis minimum and counted in the subtitle (log-axis.ts).

import type { ChartConfiguration } from 'chart.js';
import type { ExperimentResults } from '../../simulator/results/types';
import { BAND_SEEDS_NOTE, drawsBand } from './band-rule';
import { lineChart, lineWithBand, type LineDataset, type Point } from './datasets';
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
  let bandLeftOut = false;
  const datasets: LineDataset[] = experiment.variants.flatMap((variant, i) => {
    const series = variant.aggregate?.goodputSeries;
    if (!series) return [];
    if (axisMin !== undefined) zeros += series.band.mean.filter((y) => y <= 0).length;
    const at = (values: readonly (number | null)[]) =>
      values.flatMap((y, k) =>
        y === null ? [] : [{ x: series.startSeconds + (k + 0.5) * series.bucketSeconds, y: axisMin === undefined ? y : onLogAxis(y, axisMin) }],
      );
    const computed = series.band.low.every((v) => v !== null);
    const hasBand = computed && drawsBand(variant.aggregate!.seeds.length);
    if (computed && !hasBand) bandLeftOut = true;
    return lineWithBand(variant.name, styles[i]!, at(series.band.mean), hasBand ? at(series.band.low) : null, hasBand ? at(series.band.high) : null);
  });
  const zeroLine = axisMin !== undefined && zeros > 0 ? zeroNote(`${zeros} bucket${zeros === 1 ? '' : 's'}`, axisMin, 'MiB/s') : null;
  return lineChart(spec.title, [zeroLine, bandLeftOut ? BAND_SEEDS_NOTE : null], datasets, {
    x: { type: 'linear', title: { display: true, text: 'Simulated time (s)' } },
    y: {
      type: spec.logarithmic ? 'logarithmic' : 'linear',
      min: axisMin ?? 0,
      title: { display: true, text: 'Goodput (MiB/s)' },
    },
  });
}
