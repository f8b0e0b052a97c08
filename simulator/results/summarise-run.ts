// One run's raw RunMetrics → its RunSummary in results.json: every distribution reduced to
// percentiles and CDF points, scalars, errors and the (possibly coarsened) goodput series.
// Series follow the configuration, so every seed of a variant has the same series even when
// a seed saw no sample of one (its count is then 0).

import type { ClientGroup, Configuration } from '../../grammar/model/scenario';
import type { DownloadRecord, LogHistogram, RunMetrics } from '../metrics/run-metrics';
import { histogramQuantile, histogramWeight } from './histogram-quantiles';
import { CDF_PROBABILITIES, MAX_TIME_SERIES_POINTS, PERCENTILE_PROBABILITY } from './method';
import { round, roundOrNull } from './round';
import { sampleQuantiles } from './statistics';
import { PERCENTILES, type Percentiles, type RunSummary, type SeedDistribution, type SeriesInfo, type TimeSeries } from './types';

const NS_PER_MS = 1e6;
const NS_PER_S = 1e9;
const MIB = 1024 * 1024;
/** Groups fetching more distinct sizes than this get no per-size series (a continuous size distribution). */
const MAX_SIZES_PER_GROUP = 8;

export function summariseRun(metrics: RunMetrics, config: Configuration): RunSummary {
  const series: SeriesInfo[] = [];
  const distributions: Record<string, SeedDistribution> = {};
  const add = (info: SeriesInfo, distribution: SeedDistribution) => {
    series.push(info);
    distributions[info.id] = distribution;
  };

  for (const group of config.clients) {
    const downloads = metrics.downloads.filter((record) => record.group === group.name);
    const ms = (values: (number | null)[]) => values.filter((v): v is number => v !== null).map((v) => v / NS_PER_MS);
    add(seriesInfo('ttfb', group.name, null), sampleDistribution(ms(downloads.map((d) => d.ttfbNs))));
    add(seriesInfo('ttlb', group.name, null), sampleDistribution(ms(downloads.map((d) => d.ttlbNs))));
    for (const size of fetchSizes(group)) {
      const ofSize = downloads.filter((d: DownloadRecord) => d.sizeBytes === size);
      add(seriesInfo('ttlb', group.name, size), sampleDistribution(ms(ofSize.map((d) => d.ttlbNs))));
    }
  }

  const bucketSeconds = metrics.goodput.bucketNs / NS_PER_S;
  const goodputMiBps = metrics.goodput.bytes.map((bytes) => bytes / bucketSeconds / MIB);
  add(seriesInfo('goodput', null, null), sampleDistribution(goodputMiBps));
  add(seriesInfo('kernel-queue', null, null), histogramDistribution(metrics.kernelQueue));
  add(seriesInfo('tor-queue', null, null), histogramDistribution(metrics.torQueue));
  add(
    seriesInfo('circuit-build', null, null),
    sampleDistribution(metrics.circuitBuilds.flatMap((build) => (build.buildNs === null ? [] : [build.buildNs / NS_PER_MS]))),
  );

  const failed = metrics.downloads.filter((d) => d.outcome !== 'ok').length;
  const { runs, pendingSockets, tcpInfoReads } = metrics.scheduler;
  const pendingTotal = pendingSockets.reduce((sum, runsWithK, k) => sum + k * runsWithK, 0);
  return {
    simulatedSeconds: round(metrics.simulatedNs / NS_PER_S),
    warmupSeconds: round(metrics.warmupNs / NS_PER_S),
    events: metrics.events,
    series,
    distributions,
    scalars: {
      downloadsCompleted: metrics.downloads.length - failed,
      downloadsFailed: failed,
      downloadsUnfinished: metrics.downloadsUnfinished,
      downloadErrorRate: round(metrics.downloads.length === 0 ? 0 : failed / metrics.downloads.length),
      circuitBuildsFailed: metrics.circuitBuilds.filter((build) => build.buildNs === null).length,
      goodputMean: round(goodputMiBps.length === 0 ? 0 : goodputMiBps.reduce((a, b) => a + b, 0) / goodputMiBps.length),
      kistRuns: runs,
      kistTcpInfoReads: tcpInfoReads,
      kistPendingSocketsMean: round(runs === 0 ? 0 : pendingTotal / runs),
    },
    errors: Object.fromEntries(Object.entries(metrics.errors).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    goodputSeries: coarsen({ startSeconds: metrics.goodput.startNs / NS_PER_S, bucketSeconds, values: goodputMiBps }),
  };
}

function seriesInfo(metric: SeriesInfo['metric'], group: string | null, sizeBytes: number | null): SeriesInfo {
  const id = [metric, group, sizeBytes].filter((part) => part !== null).join(':');
  return { id, metric, group, sizeBytes, unit: metric === 'goodput' ? 'MiB/s' : 'ms' };
}

/** The distinct sizes a group fetches, when it fetches a few fixed ones; else none. */
function fetchSizes(group: ClientGroup): number[] {
  if (group.fetch.type !== 'choice') return [];
  const sizes = [...new Set(group.fetch.options.map((option) => option.value))].sort((a, b) => a - b);
  return sizes.length <= MAX_SIZES_PER_GROUP ? sizes : [];
}

const EMPTY: SeedDistribution = { count: 0, mean: null, max: null, percentiles: null, cdf: [] };

function percentilesOf(quantile: (p: number) => number): Percentiles<number> {
  return Object.fromEntries(PERCENTILES.map((name) => [name, round(quantile(PERCENTILE_PROBABILITY[name]))])) as unknown as Percentiles<number>;
}

export function sampleDistribution(values: number[]): SeedDistribution {
  if (values.length === 0) return EMPTY;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sampleQuantiles(sorted, [p])[0]!;
  return {
    count: sorted.length,
    mean: round(sorted.reduce((sum, v) => sum + v, 0) / sorted.length),
    max: round(sorted[sorted.length - 1]!),
    percentiles: percentilesOf(at),
    cdf: sampleQuantiles(sorted, CDF_PROBABILITIES).map(round),
  };
}

/** Histogram weights are counted in cells; values in ms. */
export function histogramDistribution(histogram: LogHistogram): SeedDistribution {
  const weight = histogramWeight(histogram);
  if (weight === 0) return EMPTY;
  const at = (p: number) => histogramQuantile(histogram, p) / NS_PER_MS;
  return {
    count: round(weight),
    mean: round(histogram.sumNs / histogram.total / NS_PER_MS),
    max: roundOrNull(histogram.maxNs / NS_PER_MS),
    percentiles: percentilesOf(at),
    cdf: CDF_PROBABILITIES.map((p) => round(at(p))),
  };
}

/** Averages consecutive buckets so the series has at most MAX_TIME_SERIES_POINTS points. */
export function coarsen(series: TimeSeries): TimeSeries {
  const factor = Math.ceil(series.values.length / MAX_TIME_SERIES_POINTS);
  const width = Math.max(1, factor);
  const values: number[] = [];
  for (let start = 0; start < series.values.length; start += width) {
    const bucket = series.values.slice(start, start + width);
    values.push(round(bucket.reduce((sum, v) => sum + v, 0) / bucket.length));
  }
  return { startSeconds: round(series.startSeconds), bucketSeconds: round(series.bucketSeconds * width), values };
}
