// Statistics of one sample (quantiles) and of a per-seed statistic across seeds (mean,
// median, Student-t 95 % interval). Quantiles follow simple-statistics' `quantileSorted`:
// linear interpolation between order statistics (R type 7, numpy's default).

import { mean, median, quantileSorted, sampleStandardDeviation } from 'simple-statistics';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import type { Estimate } from './types';

export const CONFIDENCE = 0.95;

/** Quantiles of an ascending sample at each probability; the sample must not be empty. */
export function sampleQuantiles(sorted: readonly number[], probabilities: readonly number[]): number[] {
  return probabilities.map((p) => quantileSorted(sorted as number[], p));
}

/** Half-width of the 95 % Student-t interval of the mean of `values` (n ≥ 2). */
function halfWidth(values: readonly number[]): number {
  const n = values.length;
  const t = tQuantile(1 - (1 - CONFIDENCE) / 2, n - 1);
  return (t * sampleStandardDeviation(values as number[])) / Math.sqrt(n);
}

/** Mean, median and 95 % t-interval of a per-seed statistic; values must not be empty. */
export function estimate(values: readonly number[]): Estimate {
  const m = mean(values as number[]);
  if (values.length < 2) return { n: values.length, mean: m, median: m, low: null, high: null };
  const h = halfWidth(values);
  return { n: values.length, mean: m, median: median(values as number[]), low: m - h, high: m + h };
}

export { relativeChange } from './relative-change';
