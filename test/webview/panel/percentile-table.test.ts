import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultBaseline, percentileTable, TABLE_PERCENTILES } from '../../../webview/panel/percentile-table';
import { resultsOf } from '../charts/support';

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
  TABLE_PERCENTILES.forEach((p, i) => {
    assert.equal(kist!.cells[i]!.estimate, stored.percentiles[p]);
    assert.ok(Math.abs(kist!.cells[i]!.change! - stored.change![p]!) < 1e-5, p);
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
  assert.deepEqual(rows[1]!.cells, [null, null, null]);
  assert.equal(rows[1]!.seeds, 0);
});

test('without an experiment baseline the first variant is the default', () => {
  const results = resultsOf({ amap: [100], kist: [60] });
  assert.equal(defaultBaseline({ ...results.experiments[0]!, baseline: null }), 'amap');
});
