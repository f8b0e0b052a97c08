// Across seeds: each variant's completed runs → one VariantAggregate (every per-seed statistic
// → mean, median and 95 % t-interval), then the relative change of each vs the baseline variant.
// A series with no sample in any seed is left out of the aggregate (its per-seed counts show 0).

import { round, roundOrNull } from './round';
import { estimate, relativeChange } from './statistics';
import {
  PERCENTILES,
  type Band,
  type DistributionAggregate,
  type Estimate,
  type Percentiles,
  type RunSummary,
  type Scalars,
  type SeriesInfo,
  type TimeSeriesBand,
  type VariantAggregate,
} from './types';

export function aggregateRuns(seeds: readonly number[], runs: readonly RunSummary[]): VariantAggregate {
  return {
    seeds: [...seeds],
    distributions: unionOfSeries(runs).flatMap((info) => {
      const aggregate = aggregateDistribution(info, runs);
      return aggregate ? [aggregate] : [];
    }),
    scalars: mapScalars(runs[0]!.scalars, (key) => roundEstimate(estimate(runs.map((run) => run.scalars[key])))),
    scalarChange: null,
    errors: Object.fromEntries(
      unionOfKeys(runs.map((run) => run.errors)).map((reason) => [reason, roundEstimate(estimate(runs.map((run) => run.errors[reason] ?? 0)))]),
    ),
    goodputSeries: goodputBand(runs),
  };
}

/** The aggregate with its change vs the baseline's filled in (series absent from either stay null). */
export function withChangeVs(aggregate: VariantAggregate, baseline: VariantAggregate): VariantAggregate {
  const baseById = new Map(baseline.distributions.map((d) => [d.info.id, d]));
  return {
    ...aggregate,
    distributions: aggregate.distributions.map((distribution) => {
      const base = baseById.get(distribution.info.id);
      if (!base) return distribution;
      const change = Object.fromEntries(
        PERCENTILES.map((name) => [name, roundOrNull(relativeChange(distribution.percentiles[name].mean, base.percentiles[name].mean))]),
      ) as unknown as Percentiles<number | null>;
      return { ...distribution, change };
    }),
    scalarChange: mapScalars(aggregate.scalars, (key) => roundOrNull(relativeChange(aggregate.scalars[key].mean, baseline.scalars[key].mean))),
  };
}

function aggregateDistribution(info: SeriesInfo, runs: readonly RunSummary[]): DistributionAggregate | null {
  const present = runs.map((run) => run.distributions[info.id]).filter((d) => d !== undefined);
  const withData = present.filter((d) => d.count > 0);
  if (withData.length === 0) return null;
  const percentiles = Object.fromEntries(
    PERCENTILES.map((name) => [name, roundEstimate(estimate(withData.map((d) => d.percentiles![name])))]),
  ) as unknown as Percentiles<Estimate>;
  return {
    info,
    count: roundEstimate(estimate(present.map((d) => d.count))),
    mean: roundEstimate(estimate(withData.map((d) => d.mean!))),
    percentiles,
    cdf: band(withData[0]!.cdf.map((_, i) => withData.map((d) => d.cdf[i]!))),
    change: null,
  };
}

/** Per point, the values of the seeds that have one → mean and interval. */
function band(pointValues: number[][]): Band {
  const estimates = pointValues.map((values) => estimate(values));
  return {
    mean: estimates.map((e) => round(e.mean)),
    low: estimates.map((e) => roundOrNull(e.low)),
    high: estimates.map((e) => roundOrNull(e.high)),
  };
}

function goodputBand(runs: readonly RunSummary[]): TimeSeriesBand | null {
  const first = runs[0]!.goodputSeries;
  const length = Math.max(...runs.map((run) => run.goodputSeries.values.length));
  if (length === 0) return null;
  const points = Array.from({ length }, (_, i) => runs.flatMap((run) => (i < run.goodputSeries.values.length ? [run.goodputSeries.values[i]!] : [])));
  return { startSeconds: first.startSeconds, bucketSeconds: first.bucketSeconds, band: band(points) };
}

function roundEstimate(e: Estimate): Estimate {
  return { n: e.n, mean: round(e.mean), median: round(e.median), low: roundOrNull(e.low), high: roundOrNull(e.high) };
}

function mapScalars<T, U>(scalars: Scalars<T>, f: (key: keyof Scalars<T>) => U): Scalars<U> {
  return Object.fromEntries(Object.keys(scalars).map((key) => [key, f(key as keyof Scalars<T>)])) as unknown as Scalars<U>;
}

function unionOfSeries(runs: readonly RunSummary[]): SeriesInfo[] {
  const seen = new Map<string, SeriesInfo>();
  for (const run of runs) for (const info of run.series) if (!seen.has(info.id)) seen.set(info.id, info);
  return [...seen.values()];
}

function unionOfKeys(records: readonly Record<string, number>[]): string[] {
  return [...new Set(records.flatMap((record) => Object.keys(record)))].sort();
}
