import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MetricsRecorder } from '../../../simulator/metrics/recorder';

const S = 1e9;

test('nothing from the warm-up is recorded; goodput is bucketed per second from its end', () => {
  const clock = { now: 0 };
  const r = new MetricsRecorder(10 * S, clock);
  clock.now = 5 * S;
  r.forwarded(514);
  r.torQueueTime(1e6);
  r.kernelQueueTime(1e6, 1);
  r.schedulerRun(3, 3);
  r.downloadStarted();
  r.download({ group: 'web', client: 0, traffic: 'web', sizeBytes: 1, startNs: 5 * S, ttfbNs: 1, ttlbNs: 2, outcome: 'ok', error: null, circuit: 1 });
  clock.now = 10.5 * S;
  r.forwarded(514);
  clock.now = 11 * S;
  r.downloadStarted();
  r.downloadStarted(); // never ends
  clock.now = 12.2 * S;
  r.forwarded(1028);
  r.schedulerRun(2, 2);
  r.download({ group: 'web', client: 0, traffic: 'web', sizeBytes: 1, startNs: 11 * S, ttfbNs: null, ttlbNs: null, outcome: 'timeout', error: 'download timed out', circuit: 1 });
  const m = r.build(7, 13 * S, 100, 'complete');
  assert.deepEqual(m.goodput.bytes, [514, 0, 1028]);
  assert.equal(m.torQueue.total, 0);
  assert.equal(m.kernelQueue.total, 0);
  assert.equal(m.downloads.length, 1);
  assert.equal(m.downloadsUnfinished, 1, 'two started after the warm-up, one ended');
  assert.deepEqual(m.errors, { 'download timed out': 1 });
  assert.deepEqual(m.scheduler, { runs: 1, pendingSockets: [0, 0, 1], tcpInfoReads: 2 });
  assert.equal(m.seed, 7);
  assert.doesNotThrow(() => JSON.stringify(m));
});
