import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventQueue } from '../../../simulator/engine/event-queue';
import { streamFor } from '../../../simulator/engine/rng';

test('events come out in time order, ties in scheduling order', () => {
  const queue = new EventQueue(2); // tiny, so the heap must grow
  const rng = streamFor(7, 'queue-test');
  const pushed: { time: number; order: number }[] = [];
  for (let i = 0; i < 5000; i++) {
    const time = rng.nextInt(200); // many equal times
    queue.push(time, 1, i, 7 * i);
    pushed.push({ time, order: i });
  }
  const expected = [...pushed].sort((a, b) => a.time - b.time || a.order - b.order);
  for (const e of expected) {
    assert.ok(queue.pop());
    assert.equal(queue.time, e.time);
    assert.equal(queue.target, e.order);
    assert.equal(queue.arg, 7 * e.order);
  }
  assert.equal(queue.pop(), false);
  assert.equal(queue.peekTime(), Infinity);
});

test('interleaved pushes and pops keep the order', () => {
  const queue = new EventQueue(4);
  const rng = streamFor(3, 'interleaved');
  let now = 0;
  let last = -1;
  let lastTarget = -1;
  for (let i = 0; i < 20000; i++) {
    queue.push(now + rng.nextInt(1000), 0, i, 0);
    if (rng.chance(0.5) && queue.pop()) {
      assert.ok(queue.time > last || (queue.time === last && queue.target > lastTarget), 'order violated');
      last = queue.time;
      lastTarget = queue.target;
      now = queue.time;
    }
  }
});
