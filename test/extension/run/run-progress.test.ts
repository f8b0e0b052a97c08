import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDuration, ProgressIncrements, progressMessage, RunProgress, statusText } from '../../../extension/run/run-progress';

const S = 1e9;

test('percent and simulated time cover all runs; ETA extrapolates the wall-clock time so far', () => {
  const progress = new RunProgress([10 * S, 30 * S], 1000);
  assert.deepEqual(progress.snapshot(1000), { percent: 0, simulatedSeconds: 0, totalSeconds: 40, runsDone: 0, runsTotal: 2, etaMs: null });
  progress.advance(0, 5 * S);
  progress.advance(1, 5 * S);
  // a quarter done after 4 s → 12 s left
  const quarter = progress.snapshot(5000);
  assert.equal(quarter.percent, 25);
  assert.equal(quarter.simulatedSeconds, 10);
  assert.equal(quarter.etaMs, 12_000);
  assert.equal(progressMessage(quarter), '25 % · 0/2 runs · simulated 10/40 s · ETA 12s');
  assert.equal(statusText(quarter), 'TorNet 25 % ETA 12s');
});

test('a settled run counts as done whatever it reported, and a report beyond the duration is capped', () => {
  const progress = new RunProgress([10 * S, 10 * S], 0);
  progress.advance(0, 50 * S);
  progress.settle(1);
  const snapshot = progress.snapshot(1000);
  assert.equal(snapshot.percent, 100);
  assert.equal(snapshot.runsDone, 1);
  assert.equal(snapshot.etaMs, null, 'no ETA once everything is done');
  assert.equal(progressMessage(snapshot), '100 % · 1/2 runs · simulated 20/20 s');
});

test('durations read as seconds, minutes and hours', () => {
  assert.deepEqual([formatDuration(400), formatDuration(45_000), formatDuration(187_000), formatDuration(3_725_000)], ['0s', '45s', '3m07s', '1h02m']);
});

test('progress increments add up to the percent reached and never go back', () => {
  const increments = new ProgressIncrements();
  assert.deepEqual([10, 25, 20, 100].map((percent) => increments.next(percent)), [10, 15, 0, 75]);
});
