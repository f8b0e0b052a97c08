import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cdfSvg, svgDataUri } from '../../../extension/inline/cdf-svg';
import { variantChartSpec } from '../../../extension/inline/variant-chart';
import { resultsOf } from '../../webview/charts/support';

const polylines = (svg: string) => [...svg.matchAll(/<polyline[^>]*points="([^"]*)"/g)].map((m) => m[1]!.split(' ').map((p) => p.split(',').map(Number) as [number, number]));

test('each line is a polyline rising from the bottom-left to the top-right of the plot', () => {
  const svg = cdfSvg({ title: 'TTLB', unit: 'ms', probabilities: [0, 0.5, 1], lines: [{ label: 'a', colour: '#f00', xs: [1, 2, 3] }], width: 200, height: 100 });
  const [line] = polylines(svg);
  assert.deepEqual(line, [[8, 70], [100, 44], [192, 18]]);
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="200" height="100"/);
  assert.doesNotMatch(svg, /script|href/);
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
