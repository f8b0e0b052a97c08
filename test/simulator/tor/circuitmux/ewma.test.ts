import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CircuitQueue } from '../../../../simulator/tor/circuitmux/circuitmux';
import { EwmaMux } from '../../../../simulator/tor/circuitmux/ewma';

const S = 1e9;

function queueWith(circuit: number, cells: number): CircuitQueue {
  const q = new CircuitQueue(circuit);
  for (let i = 0; i < cells; i++) q.cells.push(circuit * 1000 + i);
  return q;
}

test('the per-tick factor is F = 0.5^(T/H): 0.7937 for H = 30 s, T = 10 s', () => {
  const mux = new EwmaMux(30 * S, 10 * S);
  assert.ok(Math.abs(mux.factor - Math.pow(0.5, 1 / 3)) < 1e-15);
  assert.ok(Math.abs(mux.factor - 0.7937) < 1e-4);
});

test('a cell sent a fraction f into a tick adds F^-f; counts decay by F per tick', () => {
  const mux = new EwmaMux(30 * S, 10 * S);
  const F = mux.factor;
  const q = queueWith(1, 3);
  mux.activate(q);
  mux.popCell(0); // at the tick start: weight 1
  assert.ok(Math.abs(mux.valueAt(q, 0) - 1) < 1e-12);
  mux.popCell(5 * S); // half-way through tick 0: weight F^-0.5
  assert.ok(Math.abs(mux.valueAt(q, 0) - (1 + Math.pow(F, -0.5))) < 1e-12);
  // Three ticks later the count is worth F^3 of its value; after one half-life it has halved.
  assert.ok(Math.abs(mux.valueAt(q, 3) - (1 + Math.pow(F, -0.5)) * 0.5) < 1e-12);
  mux.popCell(32 * S); // tick 3, 0.2 into it
  assert.ok(Math.abs(mux.valueAt(q, 3) - ((1 + Math.pow(F, -0.5)) * 0.5 + Math.pow(F, -0.2))) < 1e-12);
});

test('the circuit with the smallest decayed count goes next, one cell at a time', () => {
  const mux = new EwmaMux(30 * S, 10 * S);
  const bulk = queueWith(1, 100);
  const web = queueWith(2, 3);
  mux.activate(bulk);
  for (let i = 0; i < 10; i++) mux.popCell(i * 1000); // bulk has sent 10 cells
  mux.activate(web);
  const order = [];
  for (let i = 0; i < 5; i++) order.push(Math.floor(mux.popCell(20_000) / 1000));
  // The quiet circuit's 3 cells go first; then bulk resumes (web is empty and inactive).
  assert.deepEqual(order, [2, 2, 2, 1, 1]);
  assert.equal(mux.activeCount, 1);
});

test('old traffic is forgotten: after many half-lives a formerly busy circuit is no longer penalised', () => {
  const mux = new EwmaMux(30 * S, 10 * S);
  const a = queueWith(1, 200);
  mux.activate(a);
  for (let i = 0; i < 100; i++) mux.popCell(0);
  const before = mux.bestPriority(0);
  assert.ok(Math.abs(before - 100) < 1e-9);
  assert.ok(mux.bestPriority(300 * S) < before / 1000); // 10 half-lives → 1/1024
});

test('detached circuits are never chosen again', () => {
  const mux = new EwmaMux(30 * S, 10 * S);
  const a = queueWith(1, 2);
  const b = queueWith(2, 2);
  mux.activate(a);
  mux.activate(b);
  mux.detach(a);
  mux.activate(a);
  assert.equal(Math.floor(mux.popCell(0) / 1000), 2);
  assert.equal(Math.floor(mux.popCell(0) / 1000), 2);
  assert.equal(mux.activeCount, 0);
});
