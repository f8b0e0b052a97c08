import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ProgressTracker } from '../../../simulator/experiment/progress';
import { plainProgress } from '../../../cli/run/progress';

const S = 1e9;

test('in CI logs a status line comes at most every few seconds, with the ETA from the shared tracker', () => {
  const lines: string[] = [];
  let clock = 0;
  const view = plainProgress((line) => lines.push(line), 5000, () => clock);
  const tracker = new ProgressTracker([10 * S, 30 * S]);
  tracker.advance(0, 10 * S);
  clock = 1000;
  view.update(tracker);
  assert.deepEqual(lines, [], 'nothing before the interval');
  clock = 5000;
  view.update(tracker);
  // a quarter done after 5 s → 15 s left
  assert.deepEqual(lines, ['progress: 0/2 runs, simulated 10/40 s (25 %) ETA 15s']);
  tracker.settle(0);
  tracker.settle(1);
  clock = 10_000;
  view.update(tracker);
  view.note('run done');
  assert.deepEqual(lines.slice(1), ['progress: 2/2 runs, simulated 40/40 s (100 %)', 'run done']);
});
