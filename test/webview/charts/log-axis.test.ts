import { test } from 'node:test';
import assert from 'node:assert/strict';
import { logAxisMinimum, logTickLabel, onLogAxis, zeroNote } from '../../../webview/charts/log-axis';

test('a log axis starts at the decade at or below the smallest positive value', () => {
  assert.equal(logAxisMinimum([0, 0, 65, 120]), 10);
  assert.equal(logAxisMinimum([0.0447, 3]), 0.01);
  assert.equal(logAxisMinimum([100]), 100);
  assert.equal(logAxisMinimum([0, 0]), 1, 'all zeros: an axis from 1 with every point at its minimum');
  assert.equal(logAxisMinimum([]), 1);
});

test('values below the minimum (zeros, clamped band edges) are drawn at it; others unchanged', () => {
  assert.deepEqual([0, -3, 0.5, 1, 7].map((v) => onLogAxis(v, 1)), [1, 1, 1, 1, 7]);
});

test('the note names the minimum readably at any magnitude', () => {
  assert.equal(zeroNote('3 buckets', 0.1, 'MiB/s'), 'Values of 0 (3 buckets) drawn at the axis minimum, 0.1 MiB/s');
  assert.equal(zeroNote('x', 1e-6, 'ms'), 'Values of 0 (x) drawn at the axis minimum, 1e-6 ms');
});

test('log ticks are labelled at 1, 2 and 5 × 10^k only, compactly at any magnitude', () => {
  assert.deepEqual([10, 20, 30, 50, 70, 100].map(logTickLabel), ['10', '20', '', '50', '', '100']);
  assert.deepEqual([0.001, 0.002, 0.003, 0.005].map(logTickLabel), ['0.001', '0.002', '', '0.005']);
  assert.deepEqual([1e-6, 5e-5, 2e6].map(logTickLabel), ['1e-6', '5e-5', '2e6']);
});

test('an axis spanning more than three decades labels powers of ten only', () => {
  assert.deepEqual([1e-6, 5e-5, 1e-4, 2, 10].map((v) => logTickLabel(v, 7)), ['1e-6', '', '1e-4', '', '10']);
});
