import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Throttle } from '../../../extension/run/throttle';

test('delivers at most once per interval and flushes the newest value held back', () => {
  const delivered: number[] = [];
  const throttle = new Throttle<number>(1000, (value) => delivered.push(value));
  throttle.offer(1, 0);
  throttle.offer(2, 500);
  throttle.offer(3, 900);
  throttle.offer(4, 1000);
  throttle.offer(5, 1200);
  assert.deepEqual(delivered, [1, 4]);
  throttle.flush();
  assert.deepEqual(delivered, [1, 4, 5]);
  throttle.flush();
  assert.deepEqual(delivered, [1, 4, 5], 'nothing left to flush');
});
