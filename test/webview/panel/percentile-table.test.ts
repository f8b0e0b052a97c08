import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultBaseline, percentileTable, TABLE_STATISTICS } from '../../../webview/panel/percentile-table';
import { kernelQueues, resultsOf } from '../charts/support';

test('with the experiment baseline the changes are the ones results.json stores', () => {
  const results = resultsOf({ amap: [100, 120], kist: [60, 70] });
  const experiment = results.experiments[0]!;
  assert.equal(defaultBaseline(experiment), 'amap');
  const groups = percentileTable(experiment, 'amap');
  const web = groups.find((g) => g.info.id === 'ttlb:web')!;
  assert.equal(web.title, 'Time to last byte, web clients');
  const [amap, kist] = web.rows;
  assert.equal(amap!.isBaseline, true);
  assert.ok(amap!.cells.every((c) => c!.change === null));
  const stored = experiment.variants[1]!.aggregate!.distributions.find((d) => d.info.id === 'ttlb:web')!;
  TABLE_STATISTICS.forEach((statistic, i) => {
    if (statistic === 'mean') return;
    assert.equal(kist!.cells[i]!.estimate, stored.percentiles[statistic]);
    assert.ok(Math.abs(kist!.cells[i]!.change! - stored.change![statistic]!) < 1e-5, statistic);
  });
});

test('another baseline turns the comparison around; a variant without runs has empty cells', () => {
  const results = resultsOf({ amap: [100, 100], kist: [50, 50] });
  const experiment = results.experiments[0]!;
  const web = percentileTable(experiment, 'kist').find((g) => g.info.id === 'ttlb:web')!;
  assert.deepEqual(web.rows.map((r) => [r.variant, r.isBaseline]), [['amap', false], ['kist', true]]);
  assert.equal(web.rows[0]!.cells[0]!.change, 1, 'amap is +100 % vs kist');
  const empty = { ...experiment, variants: [experiment.variants[0]!, { ...experiment.variants[1]!, aggregate: null }] };
  const rows = percentileTable(empty, 'amap').find((g) => g.info.id === 'ttlb:web')!.rows;
  assert.deepEqual(rows[1]!.cells, [null, null, null, null]);
  assert.equal(rows[1]!.seeds, 0);
});

test('without an experiment baseline the first variant is the default', () => {
  const results = resultsOf({ amap: [100], kist: [60] });
  assert.equal(defaultBaseline({ ...results.experiments[0]!, baseline: null }), 'amap');
});

test('the mean comes first: the stored mean per sample with its interval, its change that of the means even where the median says the opposite', () => {
  // AMAP: most cells wait ≈ 0 in the kernel, two in nine 450 or 540 ms (means 100 and 120 ms per
  // seed); KIST: every cell 8 or 10 ms. By the median KIST is far worse, by the mean far better.
  const results = resultsOf({ amap: [100, 100], kist: [50, 50] }, { amap: kernelQueues(2, 450, 540), kist: kernelQueues(9, 8, 10) });
  const experiment = results.experiments[0]!;
  const stored = experiment.variants.map((v) => v.aggregate!.distributions.find((d) => d.info.id === 'kernel-queue')!);
  const kernel = (baseline: string) => percentileTable(experiment, baseline).find((g) => g.info.id === 'kernel-queue')!.rows;
  const [mean, p50] = [TABLE_STATISTICS.indexOf('mean'), TABLE_STATISTICS.indexOf('p50')];
  assert.equal(mean, 0, 'the mean is the first column');

  const [amap, kist] = kernel('amap');
  assert.deepEqual([amap!.cells[mean]!.estimate, kist!.cells[mean]!.estimate], [stored[0]!.mean, stored[1]!.mean]);
  assert.equal(kist!.cells[mean]!.estimate.mean, 9);
  assert.ok(kist!.cells[mean]!.estimate.low! < 9 && kist!.cells[mean]!.estimate.high! > 9, 'with its interval across seeds');
  assert.ok(kist!.cells[p50]!.change! > 10, `the median: KIST many times worse (${kist!.cells[p50]!.change})`);
  assert.ok(Math.abs(kist!.cells[mean]!.change! - (9 / 110 - 1)) < 1e-9, `the mean: KIST −92 % (${kist!.cells[mean]!.change})`);
  assert.equal(amap!.cells[mean]!.change, null, 'none for the baseline itself');

  const [amapVsKist, kistBase] = kernel('kist');
  assert.ok(Math.abs(amapVsKist!.cells[mean]!.change! - (110 / 9 - 1)) < 1e-9, String(amapVsKist!.cells[mean]!.change));
  assert.ok(amapVsKist!.cells[p50]!.change! < 0);
  assert.equal(kistBase!.cells[mean]!.change, null);
});
