// Builds a LogHistogram (run-metrics.ts): fixed log-spaced bins, constant memory per metric.

import type { LogHistogram } from './run-metrics';

/** 1 µs to 100 s in 20 bins per decade (bin edges about 12 % apart). */
export const QUEUE_HISTOGRAM_MIN_NS = 1_000;
export const QUEUE_HISTOGRAM_BINS_PER_DECADE = 20;
export const QUEUE_HISTOGRAM_DECADES = 8;

export class LogHistogramBuilder {
  private readonly counts: number[];
  private below = 0;
  private total = 0;
  private sumNs = 0;
  private maxNs = 0;
  private readonly logMin: number;

  constructor(
    private readonly minNs = QUEUE_HISTOGRAM_MIN_NS,
    private readonly binsPerDecade = QUEUE_HISTOGRAM_BINS_PER_DECADE,
    decades = QUEUE_HISTOGRAM_DECADES,
  ) {
    this.counts = new Array<number>(binsPerDecade * decades).fill(0);
    this.logMin = Math.log10(minNs);
  }

  add(valueNs: number, weight = 1): void {
    this.total += weight;
    this.sumNs += valueNs * weight;
    if (valueNs > this.maxNs) this.maxNs = valueNs;
    if (valueNs < this.minNs) {
      this.below += weight;
      return;
    }
    const bin = Math.min(this.counts.length - 1, Math.floor((Math.log10(valueNs) - this.logMin) * this.binsPerDecade));
    this.counts[bin]! += weight;
  }

  build(): LogHistogram {
    return { minNs: this.minNs, binsPerDecade: this.binsPerDecade, counts: [...this.counts], below: this.below, total: this.total, sumNs: this.sumNs, maxNs: this.maxNs };
  }
}

/** Lower edge of bin `i`. */
export function binLowerNs(h: LogHistogram, i: number): number {
  return h.minNs * Math.pow(10, i / h.binsPerDecade);
}

/** Fraction of the weight in whole bins (and below minNs) whose upper edge is ≤ `valueNs`. */
export function fractionAtMost(h: LogHistogram, valueNs: number): number {
  if (h.total === 0) return 0;
  let weight = h.below;
  for (let i = 0; i < h.counts.length; i++) {
    if (binLowerNs(h, i + 1) > valueNs) break;
    weight += h.counts[i]!;
  }
  return weight / h.total;
}

/** The q-quantile (0..1), as the upper edge of the bin where the cumulative weight reaches q. */
export function quantileNs(h: LogHistogram, q: number): number {
  if (h.total === 0) return NaN;
  let weight = h.below;
  if (weight >= q * h.total) return h.minNs;
  for (let i = 0; i < h.counts.length; i++) {
    weight += h.counts[i]!;
    if (weight >= q * h.total) return binLowerNs(h, i + 1);
  }
  return h.maxNs;
}
