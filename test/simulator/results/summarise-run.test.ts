import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summariseRun, coarsen } from '../../../simulator/results/summarise-run';
import { CDF_PROBABILITIES } from '../../../simulator/results/method';
import { download, runMetrics, tinyScenario } from './support';

const config = tinyScenario().base;

test('every client group gets TTFB and TTLB series, and per-size TTLB when it fetches a few fixed sizes', () => {
  const summary = summariseRun(runMetrics(), config);
  assert.deepEqual(
    summary.series.map((s) => s.id),
    ['ttfb:web', 'ttlb:web', 'ttfb:perf', 'ttlb:perf', 'ttlb:perf:51200', 'ttlb:perf:1048576', 'goodput', 'kernel-queue', 'tor-queue', 'circuit-build'],
  );
  assert.deepEqual(summary.distributions['ttlb:web'], { count: 0, mean: null, max: null, percentiles: null, cdf: [] });
});

test('download times become millisecond percentiles and CDF points of the completed downloads', () => {
  const downloads = [10, 20, 30, 40, 50].map((ms) => download('web', 327680, ms / 10, ms));
  downloads.push(download('web', 327680, 3, null)); // failed: a first byte, no last byte
  const summary = summariseRun(runMetrics({ downloads, downloadsUnfinished: 2 }), config);
  const ttlb = summary.distributions['ttlb:web']!;
  assert.equal(ttlb.count, 5);
  assert.equal(ttlb.mean, 30);
  assert.equal(ttlb.max, 50);
  assert.deepEqual(ttlb.percentiles, { p10: 14, p25: 20, p50: 30, p75: 40, p90: 46, p99: 49.6 });
  assert.equal(ttlb.cdf.length, CDF_PROBABILITIES.length);
  assert.equal(ttlb.cdf[0], 10);
  assert.equal(ttlb.cdf.at(-1), 50);
  assert.equal(summary.distributions['ttfb:web']!.count, 6);
  assert.equal(summary.scalars.downloadsCompleted, 5);
  assert.equal(summary.scalars.downloadsFailed, 1);
  assert.equal(summary.scalars.downloadsUnfinished, 2);
  assert.equal(summary.scalars.downloadErrorRate, 0.166667); // 1/6 of the downloads that ended, to 6 significant digits
});

test('per-size series hold only the downloads of that size', () => {
  const downloads = [download('perf', 51200, 1, 100), download('perf', 51200, 1, 300), download('perf', 1048576, 1, 2000)];
  const summary = summariseRun(runMetrics({ downloads }), config);
  assert.equal(summary.distributions['ttlb:perf:51200']!.percentiles!.p50, 200);
  assert.equal(summary.distributions['ttlb:perf:1048576']!.percentiles!.p50, 2000);
  assert.equal(summary.distributions['ttlb:perf']!.count, 3);
});

test('goodput is cell bytes per bucket in MiB/s; queue times come from the histograms in ms', () => {
  const MiB = 1024 * 1024;
  const summary = summariseRun(runMetrics({ goodputBytes: [MiB, 3 * MiB], kernelQueueNs: [2e6, 2e6], torQueueNs: [] }), config);
  assert.equal(summary.scalars.goodputMean, 2);
  assert.deepEqual(summary.goodputSeries, { startSeconds: 5, bucketSeconds: 1, values: [1, 3] });
  assert.equal(summary.distributions['goodput']!.percentiles!.p50, 2);
  const kernel = summary.distributions['kernel-queue']!;
  assert.equal(kernel.count, 2);
  assert.equal(kernel.mean, 2);
  assert.ok(kernel.percentiles!.p50 >= 1.99 && kernel.percentiles!.p50 <= 2, `p50 ${kernel.percentiles!.p50} lies in 2 ms's bin, capped by the max`);
  assert.equal(summary.distributions['tor-queue']!.count, 0);
});

test('circuit builds, errors and KIST statistics', () => {
  const summary = summariseRun(
    runMetrics({ buildMs: [100, null, 300], errors: { timeout: 1, 'stream closed': 2 }, kist: { runs: 4, pendingSockets: [1, 1, 0, 2], tcpInfoReads: 7 } }),
    config,
  );
  assert.equal(summary.distributions['circuit-build']!.percentiles!.p50, 200);
  assert.equal(summary.scalars.circuitBuildsFailed, 1);
  assert.deepEqual(Object.keys(summary.errors), ['stream closed', 'timeout']);
  assert.equal(summary.scalars.kistRuns, 4);
  assert.equal(summary.scalars.kistTcpInfoReads, 7);
  assert.equal(summary.scalars.kistPendingSocketsMean, (0 * 1 + 1 * 1 + 2 * 0 + 3 * 2) / 4);
});

test('long goodput series are averaged into wider buckets, at most 300 points', () => {
  const values = Array.from({ length: 601 }, (_, i) => i);
  const coarse = coarsen({ startSeconds: 5, bucketSeconds: 1, values });
  assert.equal(coarse.bucketSeconds, 3);
  assert.equal(coarse.values.length, 201);
  assert.equal(coarse.values[0], 1);
  assert.equal(coarse.values.at(-1), 600); // the last, partial bucket averages what it has
});
