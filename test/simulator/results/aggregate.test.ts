import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aggregateRuns, withChangeVs } from '../../../simulator/results/aggregate';
import { summariseRun } from '../../../simulator/results/summarise-run';
import { download, runMetrics, tinyScenario } from './support';

const config = tinyScenario().base;
const MiB = 1024 * 1024;

/** One seed whose web downloads all take `ms`, with goodput `mibps` per second. */
function seed(ms: number, mibps: number[], errors: Record<string, number> = {}) {
  return summariseRun(runMetrics({ downloads: [download('web', 327680, ms / 2, ms)], goodputBytes: mibps.map((v) => v * MiB), errors }), config);
}

test('each percentile is the mean of the per-seed percentiles with a t-interval across seeds', () => {
  const aggregate = aggregateRuns([1, 2, 3], [seed(100, [1]), seed(200, [1]), seed(300, [1])]);
  const ttlb = aggregate.distributions.find((d) => d.info.id === 'ttlb:web')!;
  const half = (4.302653 * 100) / Math.sqrt(3); // t(0.975, 2) · s / √n with s = 100
  assert.equal(ttlb.percentiles.p50.mean, 200);
  assert.equal(ttlb.percentiles.p50.median, 200);
  assert.ok(Math.abs(ttlb.percentiles.p50.low! - (200 - half)) < 1e-3);
  assert.ok(Math.abs(ttlb.percentiles.p50.high! - (200 + half)) < 1e-3);
  assert.deepEqual(ttlb.count, { n: 3, mean: 1, median: 1, low: 1, high: 1 });
  // every CDF point of a one-sample seed is that sample: the band is the same t-interval
  assert.equal(ttlb.cdf.mean[100], 200);
  assert.equal(ttlb.cdf.low[0], ttlb.percentiles.p50.low);
  assert.deepEqual(aggregate.seeds, [1, 2, 3]);
});

test('series with no sample in any seed are left out; seeds without samples do not dilute percentiles', () => {
  const empty = summariseRun(runMetrics(), config);
  const aggregate = aggregateRuns([1, 2], [seed(100, [1]), empty]);
  const ids = aggregate.distributions.map((d) => d.info.id);
  assert.ok(!ids.includes('tor-queue'));
  assert.ok(!ids.includes('ttlb:perf'));
  const ttlb = aggregate.distributions.find((d) => d.info.id === 'ttlb:web')!;
  assert.equal(ttlb.percentiles.p50.n, 1);
  assert.equal(ttlb.percentiles.p50.low, null);
  assert.equal(ttlb.count.mean, 0.5);
});

test('errors missing from a seed count as zero; scalars aggregate over all seeds', () => {
  const aggregate = aggregateRuns([1, 2], [seed(100, [2], { timeout: 4 }), seed(100, [4])]);
  assert.equal(aggregate.errors['timeout']!.mean, 2);
  assert.equal(aggregate.scalars.goodputMean.mean, 3);
});

test('goodput over time gets a band per bucket', () => {
  const aggregate = aggregateRuns([1, 2], [seed(100, [1, 2]), seed(100, [3, 4])]);
  assert.deepEqual(aggregate.goodputSeries!.band.mean, [2, 3]);
  assert.equal(aggregate.goodputSeries!.startSeconds, 5);
  const half = 12.706205; // t(0.975, 1) · √2 / √2
  assert.ok(Math.abs(aggregate.goodputSeries!.band.high[0]! - (2 + half)) < 1e-3);
});

test('change vs the baseline is the relative change of each mean', () => {
  const base = aggregateRuns([1, 2], [seed(200, [2]), seed(200, [2])]);
  const faster = withChangeVs(aggregateRuns([1, 2], [seed(150, [3]), seed(150, [3])]), base);
  const ttlb = faster.distributions.find((d) => d.info.id === 'ttlb:web')!;
  assert.equal(ttlb.change!.p50, -0.25);
  assert.equal(faster.scalarChange!.goodputMean, 0.5);
  assert.equal(faster.scalarChange!.kistRuns, null); // 0 in the baseline
  assert.equal(base.scalarChange, null);
});
