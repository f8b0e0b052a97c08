import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CircuitQueue } from '../../../../simulator/tor/circuitmux/circuitmux';
import { RoundRobinMux } from '../../../../simulator/tor/circuitmux/round-robin';

function queueWith(circuit: number, cells: number): CircuitQueue {
  const q = new CircuitQueue(circuit);
  for (let i = 0; i < cells; i++) q.cells.push(circuit * 1000 + i);
  return q;
}

test('round-robin takes one cell from each active circuit in turn', () => {
  const mux = new RoundRobinMux();
  mux.activate(queueWith(1, 3));
  mux.activate(queueWith(2, 1));
  mux.activate(queueWith(3, 2));
  const order = [];
  while (mux.activeCount > 0) order.push(Math.floor(mux.popCell() / 1000));
  assert.deepEqual(order, [1, 2, 3, 1, 3, 1]);
});

test('a circuit that becomes active waits until every active circuit has had one more turn', () => {
  const mux = new RoundRobinMux();
  mux.activate(queueWith(1, 5));
  mux.activate(queueWith(2, 5));
  assert.equal(Math.floor(mux.popCell() / 1000), 1);
  mux.activate(queueWith(3, 5));
  const order = [];
  for (let i = 0; i < 5; i++) order.push(Math.floor(mux.popCell() / 1000));
  assert.deepEqual(order, [2, 1, 3, 2, 1]);
});
