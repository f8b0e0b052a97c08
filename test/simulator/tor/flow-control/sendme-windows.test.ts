import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createFlowControl, SEND_CIRCUIT_SENDME, SEND_STREAM_SENDME } from '../../../../simulator/tor/flow-control/flow-control';
import { SendmeWindows } from '../../../../simulator/tor/flow-control/sendme-windows';

const legacy = { type: 'sendme', circuitWindow: 1000, circuitIncrement: 100, streamWindow: 500, streamIncrement: 50 } as const;

test('the sender packages at most 500 cells per stream and 1000 per circuit without SENDMEs', () => {
  const flow = new SendmeWindows(legacy);
  const a = flow.openStream();
  const b = flow.openStream();
  const c = flow.openStream();
  let sent = 0;
  for (const s of [a, b, c]) while (flow.canPackage(s)) {
    flow.packaged(s);
    sent++;
  }
  assert.equal(sent, 1000); // a: 500, b: 500, c: none (the circuit window is closed)
  assert.equal(a.packageWindow, 0);
  assert.equal(c.packageWindow, 500);
  flow.sendmeReceived(null);
  assert.ok(flow.canPackage(c));
  assert.ok(!flow.canPackage(a));
  flow.sendmeReceived(a);
  assert.equal(a.packageWindow, 50);
});

test('the receiver sends a circuit SENDME every 100 cells and a stream SENDME every 50', () => {
  const flow = new SendmeWindows(legacy);
  const s = flow.openStream();
  const circuitAt: number[] = [];
  const streamAt: number[] = [];
  for (let cell = 1; cell <= 300; cell++) {
    const flags = flow.delivered(s);
    if (flags & SEND_CIRCUIT_SENDME) circuitAt.push(cell);
    if (flags & SEND_STREAM_SENDME) streamAt.push(cell);
  }
  assert.deepEqual(circuitAt, [100, 200, 300]);
  assert.deepEqual(streamAt, [50, 100, 150, 200, 250, 300]);
  assert.equal(flow.circuitDeliverWindow, 1000);
});

test('DATA for a closed stream still counts toward the circuit window', () => {
  const flow = new SendmeWindows(legacy);
  let flags = 0;
  for (let cell = 0; cell < 100; cell++) flags |= flow.delivered(null);
  assert.equal(flags, SEND_CIRCUIT_SENDME);
});

test('a SENDME that would open the window beyond its maximum is a protocol violation', () => {
  const flow = new SendmeWindows(legacy);
  assert.throws(() => flow.sendmeReceived(null), /protocol violation/);
});

test('congestion-control algorithms not built yet are refused by name', () => {
  assert.throws(() => createFlowControl({ type: 'vegas' } as never), /congestion control 'vegas' is not implemented yet/);
});
