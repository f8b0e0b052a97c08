import assert from 'node:assert/strict';
import { test } from 'node:test';
import { binLowerNs, fractionAtMost, LogHistogramBuilder, quantileNs } from '../../../simulator/metrics/log-histogram';

test('values land in log-spaced bins; zero and sub-minimum values count below', () => {
  const b = new LogHistogramBuilder(1000, 10, 3);
  b.add(0);
  b.add(500);
  b.add(1000); // first bin
  b.add(10_000); // first bin of the second decade
  b.add(5e9); // beyond the last edge: last bin
  const h = b.build();
  assert.equal(h.below, 2);
  assert.equal(h.counts[0], 1);
  assert.equal(h.counts[10], 1);
  assert.equal(h.counts[29], 1);
  assert.equal(h.total, 5);
  assert.equal(h.maxNs, 5e9);
  assert.ok(Math.abs(binLowerNs(h, 10) - 10_000) < 1e-6);
});

test('weights, quantiles and CDF points', () => {
  const b = new LogHistogramBuilder(1000, 20, 8);
  b.add(0, 3);
  b.add(2e6, 1); // 2 ms
  b.add(50e6, 1); // 50 ms
  const h = b.build();
  assert.equal(h.total, 5);
  assert.equal(h.sumNs, 52e6);
  assert.equal(fractionAtMost(h, 1e6), 0.6);
  assert.equal(fractionAtMost(h, 10e6), 0.8);
  assert.equal(quantileNs(h, 0.5), 1000);
  const p80 = quantileNs(h, 0.8);
  assert.ok(p80 > 2e6 && p80 < 2.3e6, `p80 ${p80}`);
});
