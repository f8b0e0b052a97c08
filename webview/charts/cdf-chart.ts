// A CDF panel: one line per variant through the across-seed mean of each CDF point, with the
// 95 % band of the per-seed values (a horizontal band: the spread of the value at each
// cumulative fraction), drawn from 3 seeds up (band-rule.ts). On a logarithmic axis (latencies) the axis starts at the decade below
// the smallest positive mean; means of exactly 0 and band edges below that minimum are drawn at
// it (log-axis.ts), and the subtitle says how much of the distribution is 0.

import type { ChartConfiguration } from 'chart.js';
import type { ExperimentResults, SeriesInfo } from '../../simulator/results/types';
import { BAND_SEEDS_NOTE, drawsBand } from './band-rule';
import { lineChart, lineWithBand, type LineDataset, type Point } from './datasets';
import { logAxisMinimum, onLogAxis, zeroNote } from './log-axis';
import { variantStyles } from './style';

export interface CdfPanelSpec {
  readonly title: string;
  readonly axisLabel: string;
  readonly logarithmic: boolean;
  /** Which series of each variant the panel shows. */
  readonly series: (info: SeriesInfo) => boolean;
  /** Line colours (#rrggbb) in order of use; the default palette when absent. */
  readonly palette?: readonly string[];
}

export function cdfChart(experiment: ExperimentResults, probabilities: readonly number[], spec: CdfPanelSpec): ChartConfiguration<'line', Point[]> {
  const styles = variantStyles(experiment.variants, spec.palette);
  const shown = experiment.variants.map((variant) => variant.aggregate?.distributions.find((d) => spec.series(d.info)));
  const axisMin = spec.logarithmic ? logAxisMinimum(shown.flatMap((d) => d?.cdf.mean ?? [])) : undefined;
  /** Highest cumulative fraction at which some variant's mean is 0; -1 when none is. */
  let zeroFraction = -1;
  let bandLeftOut = false;
  const datasets: LineDataset[] = experiment.variants.flatMap((variant, i) => {
    const distribution = shown[i];
    if (!distribution) return [];
    const points = (xs: readonly (number | null)[]) =>
      xs.flatMap((x, k) => (x === null ? [] : [{ x: axisMin === undefined ? x : onLogAxis(x, axisMin), y: probabilities[k]! }]));
    if (axisMin !== undefined) {
      const zeros = distribution.cdf.mean.filter((x) => x <= 0).length;
      if (zeros > 0) zeroFraction = Math.max(zeroFraction, probabilities[zeros - 1]!);
    }
    const computed = distribution.cdf.low.every((v) => v !== null);
    const hasBand = computed && drawsBand(distribution.percentiles.p50.n); // the seeds with samples
    if (computed && !hasBand) bandLeftOut = true;
    return lineWithBand(
      variant.name,
      styles[i]!,
      points(distribution.cdf.mean),
      hasBand ? points(distribution.cdf.low) : null,
      hasBand ? points(distribution.cdf.high) : null,
    );
  });
  const unit = shown.find((d) => d)?.info.unit ?? 'ms';
  const detail = zeroFraction === 0 ? 'the minimum of a variant' : `up to ${Math.round(zeroFraction * 100)} % of a variant`;
  const zeroLine = axisMin !== undefined && zeroFraction >= 0 ? zeroNote(detail, axisMin, unit) : null;
  return lineChart(spec.title, [zeroLine, bandLeftOut ? BAND_SEEDS_NOTE : null], datasets, {
    x: {
      type: spec.logarithmic ? 'logarithmic' : 'linear',
      ...(axisMin === undefined ? {} : { min: axisMin }),
      title: { display: true, text: spec.axisLabel },
    },
    y: { type: 'linear', min: 0, max: 1, title: { display: true, text: 'Cumulative fraction' } },
  });
}
