import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chartCsv, csv } from '../../../webview/panel/chart-data-csv';
import { GOODPUT_OVER_TIME } from '../../../webview/charts/figure';
import { resultsOf } from '../charts/support';

test('CSV fields are quoted only when they must be, nulls are empty, lines end in CRLF', () => {
  assert.equal(csv(['a', 'b'], [['x,y', 'say "hi"'], [null, 1.5], ['line\nbreak', undefined]]), 'a,b\r\n"x,y","say ""hi"""\r\n,1.5\r\n"line\nbreak",\r\n');
});

test('a CDF chart exports every variant at every cumulative fraction with exact values (zeros kept)', () => {
  const results = resultsOf({ amap: [100, 120], kist: [60, 70] });
  const experiment = results.experiments[0]!;
  const lines = chartCsv(results, experiment, 'tor-queue').trimEnd().split('\r\n');
  const n = results.statistics.cdfProbabilities.length;
  assert.equal(lines[0], 'variant,series,cumulative_fraction,value_mean_ms,value_low_ms,value_high_ms');
  assert.equal(lines.length, 1 + 2 * n);
  const amap = experiment.variants[0]!.aggregate!.distributions.find((d) => d.info.id === 'tor-queue')!;
  assert.equal(lines[1], `amap,tor-queue,0,${amap.cdf.mean[0]},${amap.cdf.low[0]},${amap.cdf.high[0]}`);
  assert.equal(amap.cdf.mean[0], 0);
  assert.ok(lines[1 + n]!.startsWith('kist,tor-queue,0,'));
});

test('goodput over time exports one row per variant and bucket; one seed leaves the interval empty', () => {
  const results = resultsOf({ amap: [100], kist: [60] });
  const experiment = results.experiments[0]!;
  const lines = chartCsv(results, experiment, GOODPUT_OVER_TIME).trimEnd().split('\r\n');
  assert.equal(lines[0], 'variant,bucket_start_s,bucket_s,goodput_mean_MiB_s,goodput_low_MiB_s,goodput_high_MiB_s');
  const series = experiment.variants[0]!.aggregate!.goodputSeries!;
  assert.equal(lines[1], `amap,${series.startSeconds},${series.bucketSeconds},${series.band.mean[0]},,`);
  assert.equal(lines.length, 1 + 2 * series.band.mean.length);
});
