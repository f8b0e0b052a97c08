import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Simulation } from '../../../simulator/engine/simulation';
import { LazyTimer } from '../../../simulator/engine/timer';

function setup(): { sim: Simulation; timer: LazyTimer; fired: number[] } {
  const sim = new Simulation();
  const fired: number[] = [];
  let timer: LazyTimer | undefined;
  const kind = sim.register(() => {
    if (timer!.expired()) fired.push(sim.now);
  });
  timer = new LazyTimer(sim, kind, 0, 0);
  return { sim, timer, fired };
}

test('a deadline moved later fires once, at the last deadline', () => {
  const { sim, timer, fired } = setup();
  timer.arm(100);
  sim.callAt(50, () => timer.arm(300));
  sim.callAt(250, () => timer.arm(400));
  sim.run({ untilNs: 1000 });
  assert.deepEqual(fired, [400]);
  assert.equal(timer.deadlineNs, -1);
});

test('a deadline moved earlier fires at the earlier time, and disarm cancels', () => {
  const { sim, timer, fired } = setup();
  timer.arm(500);
  timer.arm(200);
  sim.run({ untilNs: 1000 });
  assert.deepEqual(fired, [200]);
  timer.arm(1500);
  sim.callAt(1200, () => timer.disarm());
  sim.run({ untilNs: 2000 });
  assert.deepEqual(fired, [200]);
});
