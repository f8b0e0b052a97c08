// The fixed choices behind every number in results.json, stated once (and copied into the
// file's `statistics` object so readers need not look here).

import { PERCENTILES, type PercentileName, type StatisticsMethod } from './types';
import { CONFIDENCE } from './statistics';

/** Cumulative probabilities of every CDF: 0, 0.5 %, …, 100 % (201 points). */
export const CDF_PROBABILITIES: readonly number[] = Array.from({ length: 201 }, (_, i) => i / 200);

export const PERCENTILE_PROBABILITY: { readonly [name in PercentileName]: number } = {
  p10: 0.1,
  p25: 0.25,
  p50: 0.5,
  p75: 0.75,
  p90: 0.9,
  p99: 0.99,
};

/** Goodput time series longer than this are averaged into wider buckets. */
export const MAX_TIME_SERIES_POINTS = 300;

export function statisticsMethod(goodputBucketSeconds: number | null): StatisticsMethod {
  return {
    percentiles: PERCENTILES,
    cdfProbabilities: CDF_PROBABILITIES,
    confidence: CONFIDENCE,
    interval: 'student-t',
    goodputBucketSeconds,
  };
}
