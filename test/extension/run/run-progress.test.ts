import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ProgressTracker } from '../../../simulator/experiment/progress';
import { ProgressIncrements, progressMessage, statusText } from '../../../extension/run/run-progress';

const S = 1e9;

test('the notification and the status bar word the share done, the runs and the ETA', () => {
  const tracker = new ProgressTracker([10 * S, 30 * S]);
  assert.equal(progressMessage(tracker, 0), '0 % · 0/2 runs · simulated 0/40 s', 'no ETA before any progress');
  assert.equal(statusText(tracker, 0), 'TorNet 0 %');
  tracker.advance(0, 5 * S);
  tracker.advance(1, 5 * S);
  // a quarter done after 4 s → 12 s left
  assert.equal(progressMessage(tracker, 4000), '25 % · 0/2 runs · simulated 10/40 s · ETA 12s');
  assert.equal(statusText(tracker, 4000), 'TorNet 25 % ETA 12s');
});

test('once every run settled the message has no ETA', () => {
  const tracker = new ProgressTracker([10 * S, 10 * S]);
  tracker.settle(0);
  tracker.settle(1);
  assert.equal(progressMessage(tracker, 1000), '100 % · 2/2 runs · simulated 20/20 s');
});

test('progress increments add up to the percent reached and never go back', () => {
  const increments = new ProgressIncrements();
  assert.deepEqual([10, 25, 20, 100].map((percent) => increments.next(percent)), [10, 15, 0, 75]);
});
