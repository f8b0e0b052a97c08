import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cdfChart } from '../../../webview/charts/cdf-chart';
import { experimentPanels, formatBytes } from '../../../webview/charts/figure';
import { goodputOverTimeChart } from '../../../webview/charts/timeseries-chart';
import { variantStyles } from '../../../webview/charts/style';
import { resultsOf } from './support';

test('a CDF panel draws per variant its band as a closed shape (lower edge, then upper edge back) and the mean line', () => {
  const results = resultsOf({ amap: [100, 120], kist: [60, 70] });
  const experiment = results.experiments[0]!;
  const chart = cdfChart(experiment, results.statistics.cdfProbabilities, { title: 'TTLB', axisLabel: 'ms', logarithmic: true, series: (s) => s.id === 'ttlb:web' });
  const datasets = chart.data.datasets;
  assert.deepEqual(datasets.map((d) => [d.label, d.fill]), [['', 'shape'], ['amap', false], ['', 'shape'], ['kist', false]]);
  const amapMean = datasets[1]!.data;
  assert.deepEqual(amapMean[0], { x: 110, y: 0 }); // the mean of the two seeds' minima
  assert.deepEqual(amapMean.at(-1), { x: 220, y: 1 });
  const band = datasets[0]!.data;
  assert.equal(band.length, 2 * amapMean.length);
  assert.ok(band[0]!.x < 110 && band.at(-1)!.x > 110 && band.at(-1)!.y === 0, 'the band straddles the mean and closes at y = 0');
  // two seeds: t(0.975, 1) = 12.7 makes the lower edge negative; it is clamped to the axis minimum
  const x = chart.options!.scales!['x'] as { type: string; min: number };
  assert.equal(x.type, 'logarithmic');
  assert.equal(x.min, 10); // the decade below the smallest mean, 65 ms
  assert.equal(datasets[0]!.data[0]!.x, 10);
  assert.doesNotThrow(() => JSON.parse(JSON.stringify(chart)), 'configs are plain JSON');
});

test('zero values are left out on a log axis but kept on a linear one; one seed draws no band', () => {
  const results = resultsOf({ amap: [100], kist: [60] });
  const experiment = results.experiments[0]!;
  const spec = { title: 'Tor queue', axisLabel: 'ms', series: (s: { id: string }) => s.id === 'tor-queue' };
  const log = cdfChart(experiment, results.statistics.cdfProbabilities, { ...spec, logarithmic: true });
  const linear = cdfChart(experiment, results.statistics.cdfProbabilities, { ...spec, logarithmic: false });
  assert.equal(log.data.datasets.length, 2);
  assert.ok(log.data.datasets[0]!.data.every((p) => p.x > 0));
  assert.equal(linear.data.datasets[0]!.data.length, results.statistics.cdfProbabilities.length);
  assert.ok(log.data.datasets[0]!.data.length < linear.data.datasets[0]!.data.length);
});

test('goodput over time puts each bucket at its centre in simulated seconds', () => {
  const results = resultsOf({ amap: [100, 110], kist: [60, 70] });
  const chart = goodputOverTimeChart(results.experiments[0]!, 'Goodput');
  const mean = chart.data.datasets[1]!.data;
  assert.deepEqual(mean.map((p) => p.x), [5.5, 6.5]);
  assert.ok(Math.abs(mean[0]!.y - 1e6 / 1024 / 1024) < 1e-5);
});

test('the figure follows the paper: download times, then goodput, kernel and Tor queue, circuit builds', () => {
  const results = resultsOf({ amap: [100, 110], kist: [60, 70] });
  const panels = experimentPanels(results, results.experiments[0]!);
  assert.deepEqual(panels.map((p) => p.caption), [
    '(a) Time to first byte, web clients',
    '(b) Time to first byte, perf clients',
    '(c) Time to last byte, web clients',
    '(d) Time to last byte, perf clients, 50 KiB',
    '(e) Time to last byte, perf clients, 1 MiB',
    '(f) Aggregate relay goodput',
    '(g) Kernel outbound queue time',
    '(h) Tor application queue time',
  ]);
});

test('with two sweep dimensions the first picks the dash and the rest the colour', () => {
  const variants = [
    { name: 'amap-low', labels: { s: 'amap', load: 'low' }, runs: [], aggregate: null },
    { name: 'amap-high', labels: { s: 'amap', load: 'high' }, runs: [], aggregate: null },
    { name: 'kist-low', labels: { s: 'kist', load: 'low' }, runs: [], aggregate: null },
  ];
  const [a, b, c] = variantStyles(variants);
  assert.deepEqual(a!.dash, []);
  assert.notDeepEqual(c!.dash, []);
  assert.equal(a!.colour, c!.colour);
  assert.notEqual(a!.colour, b!.colour);
});

test('sizes read as the paper writes them', () => {
  assert.deepEqual([327680, 5 * 1024 * 1024, 1500, 100].map(formatBytes), ['320 KiB', '5 MiB', '1.5 KiB', '100 B']);
});
