import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KIST_CELL_BYTES } from '../../../../simulator/tor/cells';
import { Channel } from '../../../../simulator/tor/channel/channel';
import { CircuitQueue } from '../../../../simulator/tor/circuitmux/circuitmux';
import { EwmaMux } from '../../../../simulator/tor/circuitmux/ewma';
import { createSocketScheduler, type SchedulerNode } from '../../../../simulator/tor/socket-scheduler/socket-scheduler';

const MS = 1e6;

/** A node that records what the scheduler does instead of writing to sockets. */
class FakeNode implements SchedulerNode {
  now = 0;
  readonly moved: number[] = [];
  readonly flushes: number[] = [];
  readonly runsAt: number[] = [];
  readonly recorded: [number, number][] = [];
  moveCellToOutbuf(channel: Channel): void {
    const cell = channel.mux.popCell(this.now);
    this.moved.push(cell);
    channel.outbuf.push(cell);
  }
  flushOutbuf(channel: Channel): void {
    this.flushes.push(channel.id);
    while (channel.outbuf.length > 0) channel.outbuf.shift(); // the kernel takes everything
  }
  scheduleRun(timeNs: number): void {
    this.runsAt.push(timeNs);
  }
  recordRun(pending: number, reads: number): void {
    this.recorded.push([pending, reads]);
  }
}

function channelWith(id: number, circuits: [number, number][], tcp = { cwnd: 100, unacked: 0, mss: 1448, notsentBytes: 0 }): Channel {
  const channel = new Channel(id, 0, new EwmaMux(30e9, 10e9));
  channel.state = 'open';
  channel.socket = { tcpInfo: () => tcp } as never;
  for (const [circuit, cells] of circuits) {
    const q = new CircuitQueue(circuit);
    for (let i = 0; i < cells; i++) q.cells.push(circuit * 1000 + i);
    channel.mux.activate(q);
  }
  return channel;
}

const kistConfig = { type: 'kist', interval: 0.01, socketBufferFactor: 1, globalWriteLimit: null } as const;

test('KIST batches: the first run waits for nothing, later ones are an interval apart', () => {
  const node = new FakeNode();
  const kist = createSocketScheduler(kistConfig, node);
  kist.channelPending(channelWith(1, [[1, 1]]));
  assert.deepEqual(node.runsAt, [0]);
  kist.run();
  node.now = 3 * MS;
  kist.channelPending(channelWith(2, [[2, 1]]));
  assert.deepEqual(node.runsAt, [0, 10 * MS]);
});

test('KIST runs at once when work appears an interval or more after its last run (scheduler_kist.c schedule)', () => {
  const node = new FakeNode();
  const kist = createSocketScheduler(kistConfig, node);
  kist.channelPending(channelWith(1, [[1, 1]]));
  kist.run();
  node.now = 15 * MS;
  kist.channelPending(channelWith(2, [[2, 1]]));
  assert.deepEqual(node.runsAt, [0, 15 * MS]);
});

test('KIST gives a socket whose limit is below one cell nothing this run and keeps it pending for the next', () => {
  const node = new FakeNode();
  const kist = createSocketScheduler(kistConfig, node);
  // cwnd 2, 2 unacked, 2,500 B not yet sent: limit = 0 + 2·1448 − 2500 = 396 B < 543 B.
  const full = channelWith(1, [[1, 5]], { cwnd: 2, unacked: 2, mss: 1448, notsentBytes: 2500 });
  const open = channelWith(2, [[2, 2]]);
  kist.channelPending(full);
  kist.channelPending(open);
  kist.run();
  assert.deepEqual(node.moved.map((cell) => Math.floor(cell / 1000)), [2, 2]);
  assert.ok(full.pending);
  assert.ok(!open.pending); // out of cells: it comes back when a cell arrives
  assert.deepEqual(node.recorded, [[2, 2]]);
  assert.deepEqual(node.runsAt, [0, 10 * MS]);
});

test('KIST writes one cell at a time from the globally best circuit across all pending sockets', () => {
  const node = new FakeNode();
  const kist = createSocketScheduler(kistConfig, node);
  const busy = channelWith(1, [[1, 50]]);
  // Circuit 1 has already sent 40 cells: its EWMA count is high.
  for (let i = 0; i < 40; i++) busy.mux.popCell(0);
  const quiet = channelWith(2, [[2, 3]]);
  kist.channelPending(busy);
  kist.channelPending(quiet);
  kist.run();
  const circuits = node.moved.map((cell) => Math.floor(cell / 1000));
  assert.deepEqual(circuits.slice(0, 4), [2, 2, 2, 1]);
  assert.equal(circuits.length, 13); // all 10 remaining bulk cells and the 3 quiet ones
  assert.deepEqual(node.recorded, [[2, 2]]); // two pending sockets, two TCP_INFO reads
});

test('KIST stops a socket at its TCP-derived limit and retries it next run', () => {
  const node = new FakeNode();
  const kist = createSocketScheduler(kistConfig, node);
  // cwnd 4, all unacked, notsent 0: limit = 0 + 4·1448 = 5792 B → 10 cells of 543 B.
  const limited = channelWith(1, [[1, 30]], { cwnd: 4, unacked: 4, mss: 1448, notsentBytes: 0 });
  kist.channelPending(limited);
  kist.run();
  assert.equal(node.moved.length, Math.floor(5792 / KIST_CELL_BYTES));
  assert.ok(limited.pending);
  assert.deepEqual(node.runsAt, [0, 10 * MS]);
});

test('a global write limit caps each run over all sockets', () => {
  const node = new FakeNode();
  const kist = createSocketScheduler({ ...kistConfig, globalWriteLimit: 5 * KIST_CELL_BYTES }, node);
  kist.channelPending(channelWith(1, [[1, 20]]));
  kist.channelPending(channelWith(2, [[2, 20]]));
  kist.run();
  assert.equal(node.moved.length, 5);
});

test('KIST-Lite fills to the 32 KiB outbuf mark without reading TCP_INFO', () => {
  const node = new FakeNode();
  const lite = createSocketScheduler({ type: 'kist-lite', interval: 0.01 }, node);
  lite.channelPending(channelWith(1, [[1, 200]], { cwnd: 1, unacked: 1, mss: 1448, notsentBytes: 1e9 }));
  lite.run();
  assert.equal(node.moved.length, Math.ceil(32768 / 514)); // 64 cells
  assert.deepEqual(node.recorded, [[1, 0]]);
});

test('vanilla serves every pending channel at once, filling its outbuf and flushing it', () => {
  const node = new FakeNode();
  const vanilla = createSocketScheduler({ type: 'vanilla' }, node);
  vanilla.channelPending(channelWith(1, [[1, 100]]));
  assert.deepEqual(node.runsAt, [0]);
  vanilla.run();
  assert.equal(node.moved.length, 100);
  assert.ok(node.flushes.length >= 2); // 64 cells to the 32 KiB mark, flushed, then the rest
  assert.deepEqual(node.recorded, []);
});
