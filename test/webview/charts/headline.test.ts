import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCell, formatChange, headlineTable } from '../../../webview/charts/headline';
import { kernelQueues, resultsOf } from './support';

test('the headline table has per variant the web TTLB p50 with interval and change vs the baseline', () => {
  const results = resultsOf({ amap: [100, 100], kist: [50, 50] });
  const table = headlineTable(results, results.experiments[0]!);
  // the tiny scenario's perf group declares no traffic class, so it is a web group
  assert.deepEqual(table.columns, ['TTLB web p50', 'TTLB perf p50', 'TTFB web p50', 'kernel queue mean', 'Tor queue mean', 'goodput mean']);
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

test('queue columns are the mean per cell with its interval across seeds, and its change vs the baseline is of the means', () => {
  // As AMAP against KIST: AMAP's median cell waits ≈ 0 but two in nine wait 450 or 540 ms (a mean
  // of 100 or 120 ms per seed); every KIST cell waits 8 or 10 ms. The medians say KIST is far worse,
  // the means (and the KIST paper) that KIST moves queuing out of the kernel.
  const results = resultsOf({ amap: [100, 100], kist: [50, 50] }, { amap: kernelQueues(2, 450, 540), kist: kernelQueues(9, 8, 10) });
  const [amap, kist] = results.experiments[0]!.variants.map((v) => v.aggregate!.distributions.find((d) => d.info.id === 'kernel-queue')!);
  assert.ok(kist!.change!.p50! > 10, 'the fixture: by the median KIST looks many times worse');

  const table = headlineTable(results, results.experiments[0]!);
  const column = table.columns.indexOf('kernel queue mean');
  const [amapCell, kistCell] = table.rows.map((row) => row.cells[column]!);
  assert.deepEqual([amapCell!.estimate, kistCell!.estimate], [amap!.mean, kist!.mean]);
  // per-seed means 100 and 120 ms: 110 ± t(0.975, 1) · 10 = 110 ± 127.06
  assert.equal(amapCell!.estimate!.mean, 110);
  assert.ok(Math.abs(amapCell!.estimate!.high! - amapCell!.estimate!.mean - 127.062) < 0.01, String(amapCell!.estimate!.high));
  assert.equal(kistCell!.estimate!.mean, 9);
  assert.equal(amapCell!.change, 0, 'the baseline against itself');
  assert.ok(Math.abs(kistCell!.change! - (9 / 110 - 1)) < 1e-5, String(kistCell!.change));
  assert.match(formatCell(kistCell!), /^9 ms \[\S+–\S+\] −91\.8 %$/);
});

test('the mean queue time has no change without the baseline in the run', () => {
  const results = resultsOf({ kist: [50, 50] }, { kist: kernelQueues(9, 8, 10) });
  const experiment = results.experiments[0]!;
  assert.equal(experiment.baseline, 'amap', 'the scenario names a baseline the run left out');
  const row = headlineTable(results, experiment).rows[0]!;
  assert.deepEqual(row.cells.map((c) => c.change), [null, null, null, null, null, null]);
});
