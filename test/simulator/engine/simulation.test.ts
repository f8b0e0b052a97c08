import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GuardError, Simulation } from '../../../simulator/engine/simulation';

test('handlers run at their times in scheduling order, and the clock stops at untilNs', () => {
  const sim = new Simulation();
  const seen: string[] = [];
  const kind = sim.register((target, arg) => seen.push(`${sim.now}:${target}:${arg}`));
  sim.schedule(20, kind, 2, 0);
  sim.schedule(10, kind, 1, 0);
  sim.schedule(10, kind, 1, 1);
  sim.callAt(15, () => seen.push(`${sim.now}:callback`));
  sim.schedule(50, kind, 9, 9);
  const outcome = sim.run({ untilNs: 30 });
  assert.deepEqual(seen, ['10:1:0', '10:1:1', '15:callback', '20:2:0']);
  assert.deepEqual(outcome, { reason: 'until', events: 4, nowNs: 30 });
  assert.equal(sim.run({ untilNs: 100 }).reason, 'idle');
  assert.deepEqual(seen.at(-1), '50:9:9');
});

test('scheduling in the past or at a fractional time is refused', () => {
  const sim = new Simulation();
  const kind = sim.register(() => {});
  sim.schedule(10, kind, 0, 0);
  sim.run({ untilNs: 10 });
  assert.throws(() => sim.schedule(5, kind, 0, 0), /not before now/);
  assert.throws(() => sim.schedule(10.5, kind, 0, 0), /must be an integer/);
});

test('a run that never ends is stopped by the event guard with a clear message', () => {
  const sim = new Simulation();
  const kind = sim.register(() => sim.schedule(sim.now, kind, 0, 0)); // zero-time loop
  sim.schedule(0, kind, 0, 0);
  assert.throws(() => sim.run({ untilNs: 1e9, maxEvents: 10_000 }), (error: unknown) => {
    assert.ok(error instanceof GuardError);
    assert.match(error.message, /more than 10000 events by simulated time 0\.000000000 s/);
    return true;
  });
});

test('the wall-clock guard stops a long run', () => {
  const sim = new Simulation();
  const kind = sim.register(() => sim.schedule(sim.now + 1, kind, 0, 0));
  sim.schedule(0, kind, 0, 0);
  assert.throws(() => sim.run({ untilNs: Number.MAX_SAFE_INTEGER, maxWallMs: 50, pollEvery: 64 }), /wall-clock limit of 50 ms exceeded/);
});

test('cancellation stops between events and the run can resume', () => {
  const sim = new Simulation();
  const signal = { aborted: false };
  let count = 0;
  const kind = sim.register(() => {
    if (++count === 100) signal.aborted = true;
    sim.schedule(sim.now + 1, kind, 0, 0);
  });
  sim.schedule(0, kind, 0, 0);
  const outcome = sim.run({ untilNs: 1e6, signal, pollEvery: 16 });
  assert.equal(outcome.reason, 'cancelled');
  assert.ok(count >= 100 && count < 100 + 16, `stopped after ${count} events`);
  signal.aborted = false;
  assert.equal(sim.run({ untilNs: 1000, signal }).reason, 'until');
  assert.equal(count, 1001);
});
