import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BAND_SEEDS_NOTE, MIN_BAND_SEEDS, subtitleOf } from '../../../webview/charts/band-rule';
import { cdfChart } from '../../../webview/charts/cdf-chart';
import { experimentPanels, formatBytes } from '../../../webview/charts/figure';
import { goodputOverTimeChart } from '../../../webview/charts/timeseries-chart';
import { variantStyles } from '../../../webview/charts/style';
import { resultsOf } from './support';

test('a CDF panel draws per variant its band as a closed shape (lower edge, then upper edge back) and the mean line', () => {
  const results = resultsOf({ amap: [100, 120, 500], kist: [60, 70, 65] });
  const experiment = results.experiments[0]!;
  const chart = cdfChart(experiment, results.statistics.cdfProbabilities, { title: 'TTLB', axisLabel: 'ms', logarithmic: true, series: (s) => s.id === 'ttlb:web' });
  const datasets = chart.data.datasets;
  assert.deepEqual(datasets.map((d) => [d.label, d.fill]), [['', 'shape'], ['amap', false], ['', 'shape'], ['kist', false]]);
  const amapMean = datasets[1]!.data;
  assert.deepEqual(amapMean[0], { x: 240, y: 0 }); // the mean of the three seeds' minima
  assert.deepEqual(amapMean.at(-1), { x: 480, y: 1 });
  const band = datasets[0]!.data;
  assert.equal(band.length, 2 * amapMean.length);
  assert.ok(band[0]!.x < 240 && band.at(-1)!.x > 240 && band.at(-1)!.y === 0, 'the band straddles the mean and closes at y = 0');
  // amap's seeds spread widely: its lower edge is negative and is clamped to the axis minimum
  const x = chart.options!.scales!['x'] as { type: string; min: number };
  assert.equal(x.type, 'logarithmic');
  assert.equal(x.min, 10); // the decade below the smallest mean, 65 ms
  assert.equal(datasets[0]!.data[0]!.x, 10);
  assert.equal((chart.options!.plugins!.subtitle as { display: boolean }).display, false, 'no note: every band is drawn');
  assert.doesNotThrow(() => JSON.parse(JSON.stringify(chart)), 'configs are plain JSON');
});

test('bands are drawn from 3 seeds up; with 2 the line is drawn alone and the subtitle says why', () => {
  const bands = (chart: ReturnType<typeof cdfChart>) => chart.data.datasets.filter((d) => d.label === '').length;
  const subtitle = (chart: ReturnType<typeof cdfChart>) => chart.options!.plugins!.subtitle as { display: boolean; text: string[] };
  const spec = { title: 'TTLB', axisLabel: 'ms', logarithmic: false, series: (s: { id: string }) => s.id === 'ttlb:web' };
  const cdfOf = (seeds: Record<string, number[]>) => {
    const results = resultsOf(seeds);
    return cdfChart(results.experiments[0]!, results.statistics.cdfProbabilities, spec);
  };
  assert.equal(MIN_BAND_SEEDS, 3);
  const two = cdfOf({ amap: [100, 120], kist: [60, 70] });
  assert.deepEqual(two.data.datasets.map((d) => d.label), ['amap', 'kist']);
  assert.deepEqual(subtitle(two), { display: true, text: [BAND_SEEDS_NOTE] });
  const mixed = cdfOf({ amap: [100, 120, 110], kist: [60, 70] });
  assert.deepEqual(mixed.data.datasets.map((d) => d.label), ['', 'amap', 'kist'], "amap's band only");
  assert.deepEqual(subtitle(mixed).text, [BAND_SEEDS_NOTE]);
  const one = cdfOf({ amap: [100], kist: [60] });
  assert.equal(bands(one), 0);
  assert.equal(subtitle(one).display, false, 'one seed has no interval at all: nothing was left out');
  // goodput over time follows the same rule
  const goodput = (seeds: Record<string, number[]>) => goodputOverTimeChart(resultsOf(seeds).experiments[0]!, { title: 'Goodput', logarithmic: false });
  assert.equal(bands(goodput({ amap: [100, 120], kist: [60, 70] })), 0);
  assert.deepEqual((goodput({ amap: [100, 120], kist: [60, 70] }).options!.plugins!.subtitle as { text: string[] }).text, [BAND_SEEDS_NOTE]);
  assert.equal(bands(goodput({ amap: [100, 120, 110], kist: [60, 70, 65] })), 2);
});

test('a subtitle has a line per note', () => {
  assert.equal(subtitleOf([null, null]), null);
  assert.deepEqual(subtitleOf(['Values of 0 drawn at 1e-6 ms', null, BAND_SEEDS_NOTE]), ['Values of 0 drawn at 1e-6 ms', BAND_SEEDS_NOTE]);
});

test('on a log axis values of 0 are drawn at the axis minimum and the subtitle says so; a linear axis keeps them as they are', () => {
  const results = resultsOf({ amap: [100], kist: [60] });
  const experiment = results.experiments[0]!;
  const spec = { title: 'Tor queue', axisLabel: 'ms', series: (s: { id: string }) => s.id === 'tor-queue' };
  const log = cdfChart(experiment, results.statistics.cdfProbabilities, { ...spec, logarithmic: true });
  const linear = cdfChart(experiment, results.statistics.cdfProbabilities, { ...spec, logarithmic: false });
  const min = (log.options!.scales!['x'] as { min: number }).min;
  const logLine = log.data.datasets[0]!.data;
  const linearLine = linear.data.datasets[0]!.data;
  // Tor queue samples {0, 0, 5 ms}: the lowest cumulative fractions are 0
  const smallest = Math.min(...linearLine.map((p) => p.x).filter((x) => x > 0));
  assert.equal(min, 10 ** Math.floor(Math.log10(smallest)));
  assert.equal(logLine.length, results.statistics.cdfProbabilities.length, 'no point is left out');
  assert.ok(logLine.every((p) => p.x >= min));
  const zeros = linearLine.filter((p) => p.x === 0);
  assert.ok(zeros.length > 0);
  assert.deepEqual(logLine.slice(0, zeros.length), zeros.map((p) => ({ x: min, y: p.y })));
  const subtitle = log.options!.plugins!.subtitle as { display: boolean; text: string[] };
  assert.equal(subtitle.display, true);
  const lastZero = Math.max(...zeros.map((p) => p.y));
  const detail = lastZero === 0 ? 'the minimum of a variant' : `up to ${Math.round(lastZero * 100)} % of a variant`;
  assert.deepEqual(subtitle.text, [`Values of 0 (${detail}) drawn at the axis minimum, ${min.toExponential(0)} ms`]);
  assert.equal((linear.options!.plugins!.subtitle as { display: boolean }).display, false);
});

test('goodput over time on a log axis raises idle buckets to the axis minimum and counts them', () => {
  const results = resultsOf({ amap: [100], kist: [60] });
  const experiment = results.experiments[0]!;
  const idle = { ...experiment, variants: experiment.variants.map((v) => ({ ...v, aggregate: { ...v.aggregate!, goodputSeries: { ...v.aggregate!.goodputSeries!, band: { mean: [0, 2, 0.5], low: [null, null, null], high: [null, null, null] } } } })) };
  const chart = goodputOverTimeChart(idle, { title: 'Goodput', logarithmic: true });
  assert.equal((chart.options!.scales!['y'] as { type: string; min: number }).min, 0.1);
  assert.deepEqual(chart.data.datasets[0]!.data.map((p) => p.y), [0.1, 2, 0.5]);
  assert.deepEqual((chart.options!.plugins!.subtitle as { text: string[] }).text, ['Values of 0 (2 buckets) drawn at the axis minimum, 0.1 MiB/s']);
});

test('goodput over time puts each bucket at its centre in simulated seconds', () => {
  const results = resultsOf({ amap: [100, 110], kist: [60, 70] });
  const chart = goodputOverTimeChart(results.experiments[0]!, { title: 'Goodput', logarithmic: false });
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

test('variants that differ only in the first sweep dimension differ in colour as well as dash', () => {
  const variants = [
    { name: 'amap-normal', labels: { s: 'amap', load: 'normal' }, runs: [], aggregate: null },
    { name: 'kist-normal', labels: { s: 'kist', load: 'normal' }, runs: [], aggregate: null },
  ];
  const [a, b] = variantStyles(variants);
  assert.notDeepEqual(a!.dash, b!.dash);
  assert.notEqual(a!.colour, b!.colour);
});

test('sizes read as the paper writes them', () => {
  assert.deepEqual([327680, 5 * 1024 * 1024, 1500, 100].map(formatBytes), ['320 KiB', '5 MiB', '1.5 KiB', '100 B']);
});
