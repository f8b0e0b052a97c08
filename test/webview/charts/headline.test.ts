import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCell, formatChange, headlineTable } from '../../../webview/charts/headline';
import { resultsOf } from './support';

test('the headline table has per variant the web TTLB p50 with interval and change vs the baseline', () => {
  const results = resultsOf({ amap: [100, 100], kist: [50, 50] });
  const table = headlineTable(results, results.experiments[0]!);
  // the tiny scenario's perf group declares no traffic class, so it is a web group
  assert.deepEqual(table.columns, ['TTLB web p50', 'TTLB perf p50', 'TTFB web p50', 'kernel queue p50', 'Tor queue p50', 'goodput mean']);
  assert.deepEqual(table.rows.map((r) => [r.variant, r.seeds]), [['amap', 2], ['kist', 2]]);
  // each seed's web TTLB sample is {ms, 2·ms}: p50 = 1.5·ms
  assert.equal(formatCell(table.rows[0]!.cells[0]!), '150 ms [150–150] +0.0 %');
  assert.equal(formatCell(table.rows[1]!.cells[0]!), '75 ms [75–75] −50.0 %');
});

test('a cell without a value prints a dash', () => {
  assert.equal(formatCell({ estimate: null, unit: 'ms', change: null }), '–');
  assert.equal(formatCell({ estimate: { n: 1, mean: 1234.5, median: 1234.5, low: null, high: null }, unit: 'ms', change: null }), '1230 ms');
});

test('changes up to +100 % read as percentages, bigger ones as ratios', () => {
  assert.deepEqual([-0.5, 0, 0.147, 1].map(formatChange), ['−50.0 %', '+0.0 %', '+14.7 %', '+100.0 %']);
  assert.deepEqual([1.47, 63.27, 1299].map(formatChange), ['×2.5', '×64', '×1300']);
  const results = resultsOf({ amap: [100, 100], kist: [300, 300] });
  assert.equal(formatCell(headlineTable(results, results.experiments[0]!).rows[1]!.cells[0]!), '450 ms [450–450] ×3');
});
