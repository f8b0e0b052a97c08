import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDuration, ProgressTracker } from '../../../simulator/experiment/progress';

const S = 1e9;

test('progress covers all runs; the ETA extrapolates the wall-clock time so far', () => {
  const tracker = new ProgressTracker([10 * S, 30 * S]);
  assert.deepEqual([tracker.percent, tracker.simulatedSeconds, tracker.totalSeconds, tracker.runsDone, tracker.runsTotal], [0, 0, 40, 0, 2]);
  assert.equal(tracker.etaMs(1000), null, 'no ETA before any progress');
  tracker.advance(0, 5 * S);
  tracker.advance(1, 5 * S);
  // a quarter done after 4 s → 12 s left
  assert.equal(tracker.fraction, 0.25);
  assert.equal(tracker.percent, 25);
  assert.equal(tracker.simulatedSeconds, 10);
  assert.equal(tracker.etaMs(4000), 12_000);
});

test('a settled run counts as done whatever it reported, and a report beyond the duration is capped', () => {
  const tracker = new ProgressTracker([10 * S, 10 * S]);
  tracker.advance(0, 50 * S);
  assert.equal(tracker.simulatedSeconds, 10);
  tracker.settle(1);
  assert.deepEqual([tracker.percent, tracker.runsDone, tracker.simulatedSeconds], [100, 1, 20]);
  assert.equal(tracker.etaMs(1000), null, 'no ETA once everything is done');
});

test('an experiment without simulated time is done', () => {
  const tracker = new ProgressTracker([]);
  assert.deepEqual([tracker.fraction, tracker.percent, tracker.etaMs(10)], [1, 100, null]);
});

test('durations read as seconds, minutes and hours', () => {
  assert.deepEqual([formatDuration(400), formatDuration(45_000), formatDuration(187_000), formatDuration(3_725_000)], ['0s', '45s', '3m07s', '1h02m']);
});
