import { test } from 'node:test';
import assert from 'node:assert/strict';
import { estimate, relativeChange, sampleQuantiles } from '../../../simulator/results/statistics';

const close = (actual: number | null, expected: number, tolerance = 1e-6) =>
  assert.ok(actual !== null && Math.abs(actual - expected) <= tolerance, `${actual} ≉ ${expected}`);

test('the 95 % interval is mean ± t(0.975, n−1)·s/√n (t table: 2.776445 for 4 degrees of freedom)', () => {
  // values 1..5: mean 3, sample sd √2.5
  const e = estimate([5, 1, 4, 2, 3]);
  const half = (2.776445 * Math.sqrt(2.5)) / Math.sqrt(5);
  assert.equal(e.n, 5);
  close(e.mean, 3);
  close(e.median, 3);
  close(e.low, 3 - half, 1e-5);
  close(e.high, 3 + half, 1e-5);
});

test('two seeds use t(0.975, 1) = 12.706205', () => {
  const e = estimate([10, 12]);
  const half = (12.706205 * Math.SQRT2) / Math.SQRT2; // s = √2, √n = √2
  close(e.low, 11 - half, 1e-4);
  close(e.high, 11 + half, 1e-4);
});

test('one seed has no interval, and identical seeds a zero-width one', () => {
  assert.deepEqual(estimate([7]), { n: 1, mean: 7, median: 7, low: null, high: null });
  const same = estimate([4, 4, 4]);
  assert.equal(same.low, 4);
  assert.equal(same.high, 4);
});

test('sample quantiles interpolate linearly between order statistics (R type 7)', () => {
  // (n−1)·p = 4·0.1 = 0.4 → 10 + 0.4·10; 4·0.99 = 3.96 → 40 + 0.96·10
  assert.deepEqual(sampleQuantiles([10, 20, 30, 40, 50], [0, 0.1, 0.5, 0.99, 1]).map((v) => +v.toFixed(9)), [10, 14, 30, 49.6, 50]);
});

test('relative change is (value − baseline) / baseline and null for a zero baseline', () => {
  assert.equal(relativeChange(75, 100), -0.25);
  assert.equal(relativeChange(1, 0), null);
});
