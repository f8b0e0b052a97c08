import { test } from 'node:test';
import assert from 'node:assert/strict';
import { histogramQuantile, histogramWeight } from '../../../simulator/results/histogram-quantiles';
import { emptyHistogram, histogramOf } from './support';

const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) / expected < 1e-9, `${actual} ≉ ${expected}`);

test('a quantile inside a log bin interpolates geometrically between its edges', () => {
  // one value in bin 0 [1000, 1258.9) and one in bin 10 [10000, 12589): p = 0.25 is half-way into bin 0
  const h = histogramOf([1100, 12000]);
  assert.equal(histogramWeight(h), 2);
  close(histogramQuantile(h, 0.25), 1000 * 10 ** 0.05);
  close(histogramQuantile(h, 0.75), 1000 * 10 ** 1.05);
  close(histogramQuantile(h, 0.5), 1000 * 10 ** 0.1); // the top edge of bin 0
});

test('values below the first edge spread linearly over [0, minNs), and nothing exceeds the largest value', () => {
  const h = histogramOf([0, 500, 1100, 2000]);
  close(histogramQuantile(h, 0.25), 500); // half of the `below` weight of 2
  assert.equal(histogramQuantile(h, 0), 0);
  assert.equal(histogramQuantile(h, 1), 2000);
});

test('fractional weights (cells) are honoured', () => {
  const h = { ...emptyHistogram(), counts: [0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1.5], total: 2, maxNs: 12000 };
  close(histogramQuantile(h, 0.125), 1000 * 10 ** 0.05);
  close(histogramQuantile(h, 0.5), 1000 * 10 ** (1 + 1 / 30)); // target weight 1: 0.5 of bin 10's 1.5 is a third of it
});
