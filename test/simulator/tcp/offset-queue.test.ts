import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OffsetQueue } from '../../../simulator/tcp/offset-queue';
import { streamFor } from '../../../simulator/engine/rng';

test('a FIFO by end offset that keeps its order through emptying, refilling and compaction', () => {
  const queue = new OffsetQueue<string>();
  const model: [number, string][] = [];
  const rng = streamFor(11, 'offset-queue');
  let end = 0;
  for (let step = 0; step < 20000; step++) {
    // bursts of pushes then drains, so the queue empties often and sometimes grows past 1,024
    if (rng.chance(step % 10000 < 6000 ? 0.7 : 0.3)) {
      end += 1 + rng.nextInt(100);
      queue.push(end, `v${end}`);
      model.push([end, `v${end}`]);
      if (rng.chance(0.1)) {
        end += 5;
        queue.extendLast(end);
        model[model.length - 1]![0] = end;
      }
    } else if (model.length > 0) {
      assert.equal(queue.firstEnd(), model[0]![0]);
      assert.equal(queue.firstValue(), model[0]![1]);
      queue.shift();
      model.shift();
    }
    assert.equal(queue.length, model.length);
    if (model.length > 0) {
      assert.equal(queue.lastEnd(), model.at(-1)![0]);
      assert.equal(queue.lastValue(), model.at(-1)![1]);
    } else {
      assert.equal(queue.firstEnd(), Infinity);
    }
  }
});
