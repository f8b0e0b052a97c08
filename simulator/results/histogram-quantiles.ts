// Quantiles of a LogHistogram (fixed log-spaced bins, see simulator/metrics/run-metrics.ts).
// Within a bin, values are taken as spread evenly on a log scale (geometric interpolation
// between the bin's edges); within the `below` bin (0 ≤ v < minNs) evenly on a linear scale.
// Results never exceed the largest value seen.

import type { LogHistogram } from '../metrics/run-metrics';

export function histogramWeight(histogram: LogHistogram): number {
  return histogram.below + histogram.counts.reduce((sum, count) => sum + count, 0);
}

/** Value (ns) at cumulative probability p; the histogram must hold some weight. */
export function histogramQuantile(histogram: LogHistogram, p: number): number {
  const { minNs, binsPerDecade, counts, below, maxNs } = histogram;
  const target = p * histogramWeight(histogram);
  if (below > 0 && target <= below) return Math.min(maxNs, (target / below) * minNs);
  let cumulative = below;
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i]!;
    if (count > 0 && cumulative + count >= target) {
      const fraction = Math.max(0, (target - cumulative) / count);
      return Math.min(maxNs, minNs * 10 ** ((i + fraction) / binsPerDecade));
    }
    cumulative += count;
  }
  return maxNs;
}
