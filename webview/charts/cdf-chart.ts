// A CDF panel: one line per variant through the across-seed mean of each CDF point, with the
// 95 % band of the per-seed values (a horizontal band: the spread of the value at each
// cumulative fraction). Latency axes are logarithmic: mean points at or below zero cannot be
// drawn there and are left out, and band edges below the axis minimum (the decade below the
// smallest positive mean) are clamped to it, so a wide interval runs to the panel's edge.

import type { ChartConfiguration } from 'chart.js';
import type { ExperimentResults, SeriesInfo } from '../../simulator/results/types';
import { lineWithBand, type LineDataset, type Point } from './datasets';
import { variantStyles } from './style';

export interface CdfPanelSpec {
  readonly title: string;
  readonly axisLabel: string;
  readonly logarithmic: boolean;
  /** Which series of each variant the panel shows. */
  readonly series: (info: SeriesInfo) => boolean;
}

export function cdfChart(experiment: ExperimentResults, probabilities: readonly number[], spec: CdfPanelSpec): ChartConfiguration<'line', Point[]> {
  const styles = variantStyles(experiment.variants);
  const shown = experiment.variants.map((variant) => variant.aggregate?.distributions.find((d) => spec.series(d.info)));
  const positive = shown.flatMap((d) => d?.cdf.mean.filter((x) => x > 0) ?? []);
  const axisMin = spec.logarithmic && positive.length > 0 ? 10 ** Math.floor(Math.log10(Math.min(...positive))) : undefined;
  const datasets: LineDataset[] = experiment.variants.flatMap((variant, i) => {
    const distribution = shown[i];
    if (!distribution) return [];
    const points = (xs: readonly (number | null)[], clamp: boolean) =>
      xs.flatMap((x, k) => {
        if (x === null) return [];
        if (axisMin === undefined) return [{ x, y: probabilities[k]! }];
        if (clamp) return [{ x: Math.max(x, axisMin), y: probabilities[k]! }];
        return x > 0 ? [{ x, y: probabilities[k]! }] : [];
      });
    const hasBand = distribution.cdf.low.every((v) => v !== null);
    return lineWithBand(
      variant.name,
      styles[i]!,
      points(distribution.cdf.mean, false),
      hasBand ? points(distribution.cdf.low, true) : null,
      hasBand ? points(distribution.cdf.high, true) : null,
    );
  });
  return {
    type: 'line',
    data: { datasets },
    options: {
      animation: false,
      parsing: false,
      plugins: { title: { display: true, text: spec.title }, legend: { position: 'bottom' } },
      scales: {
        x: {
          type: spec.logarithmic ? 'logarithmic' : 'linear',
          ...(axisMin === undefined ? {} : { min: axisMin }),
          title: { display: true, text: spec.axisLabel },
        },
        y: { type: 'linear', min: 0, max: 1, title: { display: true, text: 'Cumulative fraction' } },
      },
    },
  };
}
