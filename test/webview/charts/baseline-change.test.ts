import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distributionOf, meanChange, percentileChange } from '../../../webview/charts/baseline-change';
import { kernelQueues, resultsOf } from './support';

test('changes vs a baseline compare the across-seed means of the statistic; none without a baseline or when it is 0', () => {
  const results = resultsOf({ amap: [100, 100], kist: [50, 50] }, { amap: kernelQueues(2, 450, 540), kist: kernelQueues(9, 8, 10) });
  const [amap, kist] = results.experiments[0]!.variants.map((v) => v.aggregate);
  const kistKernel = distributionOf(kist, 'kernel-queue')!;
  const amapKernel = distributionOf(amap, 'kernel-queue')!;
  assert.equal(distributionOf(kist, 'no-such-series'), undefined);
  assert.equal(distributionOf(null, 'kernel-queue'), undefined);
  assert.ok(Math.abs(meanChange(kistKernel, amapKernel)! - (9 / 110 - 1)) < 1e-9);
  const p50 = percentileChange(kistKernel, amapKernel, 'p50')!;
  assert.ok(Math.abs(p50 / kistKernel.change!.p50! - 1) < 1e-5, `the percentile change results.json stores (${p50})`);
  assert.equal(meanChange(kistKernel, undefined), null);
  assert.equal(percentileChange(kistKernel, null, 'p50'), null);
  const zero = { ...amapKernel, mean: { ...amapKernel.mean, mean: 0 } };
  assert.equal(meanChange(kistKernel, zero), null);
});
