import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cdfSvg, svgDataUri } from '../../../extension/inline/cdf-svg';
import { variantChartSpec } from '../../../extension/inline/variant-chart';
import { resultsOf } from '../../webview/charts/support';

const polylines = (svg: string) => [...svg.matchAll(/<polyline[^>]*points="([^"]*)"/g)].map((m) => m[1]!.split(' ').map((p) => p.split(',').map(Number) as [number, number]));

test('each line is a polyline rising from the bottom-left to the top-right of the plot', () => {
  const svg = cdfSvg({ title: 'TTLB', unit: 'ms', probabilities: [0, 0.5, 1], lines: [{ label: 'a', colour: '#f00', xs: [1, 2, 3] }], width: 200, height: 100 });
  const [line] = polylines(svg);
  assert.deepEqual(line, [[8, 86], [100, 52], [192, 18]], 'a plot from y 18 (below the title row) to 86 (above the axis labels)');
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="200" height="100"/);
  assert.doesNotMatch(svg, /script|href/);
});

const rectOf = (svg: string) => svg.match(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/)!.slice(1).map(Number);

test('a short legend shares the title\'s row, leaving the plot the height a hover has room for', () => {
  const svg = cdfSvg({ title: 'TTLB web CDF', unit: 'ms', probabilities: [0, 1], lines: [{ label: 'amap', colour: '#1f77b4', xs: [40, 60] }, { label: 'kist', colour: '#d62728', xs: [100, 140] }] });
  assert.match(svg, /width="280" height="110"/);
  assert.match(svg, /<text x="272" y="12" text-anchor="end"[^>]*><tspan fill="#1f77b4">■ amap<\/tspan><tspan fill="#d62728" dx="8">■ kist<\/tspan><\/text>/);
  assert.deepEqual(rectOf(svg), [8, 18, 264, 78]);
});

test('a legend too long for the title\'s row gets a row of its own above the plot, which stays inside the image', () => {
  const lines = [{ label: 'amap-normal-normal', colour: '#1f77b4', xs: [40, 60] }, { label: 'kist-normal-normal', colour: '#d62728', xs: [100, 140] }];
  const svg = cdfSvg({ title: 'TTLB web CDF', unit: 'ms', probabilities: [0, 1], lines });
  assert.match(svg, /<text x="8" y="25" font-size="10"[^>]*><tspan fill="#1f77b4">■ amap-normal-normal/);
  const [, y, , h] = rectOf(svg);
  assert.deepEqual([y, h], [31, 65]);
  assert.ok(y! + h! + 11 <= 110, 'the axis labels below the plot stay inside the image');
});

test('values spanning more than a decade get a logarithmic axis; unknown points are left out', () => {
  const svg = cdfSvg({ title: 'T', unit: 'ms', probabilities: [0, 0.5, 1], lines: [{ label: 'a', colour: '#f00', xs: [1, null, 100] }, { label: 'b', colour: '#00f', xs: [10, 10, 10] }], width: 200, height: 100 });
  const [a, b] = polylines(svg);
  assert.equal(a!.length, 2);
  assert.equal(b![0]![0], 100, '10 lies halfway between 1 and 100 on a log axis');
  assert.match(svg, /100 ms \(log\)/);
});

test('labels are escaped', () => {
  const svg = cdfSvg({ title: 'a<b', unit: 'ms', probabilities: [0, 1], lines: [{ label: '"x"&y', colour: '#f00', xs: [1, 2] }] });
  assert.ok(svg.includes('a&lt;b') && svg.includes('&quot;x&quot;&amp;y') && !svg.includes('"x"'));
});

test('a data URI carries the SVG text', () => {
  const uri = svgDataUri('<svg/>');
  assert.ok(uri.startsWith('data:image/svg+xml;base64,'));
  assert.equal(Buffer.from(uri.split(',')[1]!, 'base64').toString('utf8'), '<svg/>');
});

test('a variant\'s hover chart draws its TTLB CDF emphasised against the baseline', () => {
  const results = resultsOf({ amap: [100, 120], kist: [60, 70] });
  const spec = variantChartSpec(results, 'cmp', 'kist')!;
  assert.equal(spec.title, 'TTLB web CDF');
  assert.deepEqual(spec.lines.map((line) => [line.label, line.emphasised]), [['amap', false], ['kist', true]]);
  const kist = results.experiments[0]!.variants[1]!.aggregate!.distributions.find((d) => d.info.id === 'ttlb:web')!;
  assert.deepEqual(spec.lines[1]!.xs, kist.cdf.mean);
  assert.equal(variantChartSpec(results, 'cmp', 'amap')!.lines.length, 1, 'the baseline alone');
  assert.equal(variantChartSpec(results, 'cmp', 'nope'), undefined);
});
