import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Simulation } from '../../../simulator/engine/simulation';
import type { NetworkConfig } from '../../../simulator/network/config';
import { Network } from '../../../simulator/network/network';

const MS = 1_000_000;

function twoHosts(extra: Partial<NetworkConfig> = {}): { sim: Simulation; network: Network; arrivals: { time: number; id: number }[] } {
  const sim = new Simulation();
  const network = new Network(
    sim,
    {
      locations: [{ name: 'a' }, { name: 'b' }],
      paths: { kind: 'matrix', latencies: [{ from: 'a', to: 'b', latencyNs: 10 * MS }] },
      hosts: [
        { name: 'x', location: 'a', uplinkBps: 8e6, downlinkBps: 8e6, uplinkQueueLimitBytes: 10_000 },
        { name: 'y', location: 'b', uplinkBps: 8e6, downlinkBps: 4e6 },
      ],
      ...extra,
    },
    5,
  );
  const arrivals: { time: number; id: number }[] = [];
  network.setReceiver((packet) => {
    arrivals.push({ time: sim.now, id: network.packets.seq[packet]! });
    network.packets.release(packet);
  });
  return { sim, network, arrivals };
}

function sendBurst(network: Network, count: number, bytes: number): void {
  const route = network.route(0, 1);
  for (let i = 0; i < count; i++) {
    const packet = network.packets.alloc();
    network.packets.wireBytes[packet] = bytes;
    network.packets.len[packet] = bytes;
    network.packets.seq[packet] = i;
    network.send(route, packet);
  }
}

test('a packet takes uplink serialisation + latency + downlink serialisation; queues are FIFO at their rate', () => {
  const { sim, network, arrivals } = twoHosts();
  sendBurst(network, 3, 1000);
  sim.run({ untilNs: 1e9 });
  // 1000 B at 8 Mbit/s = 1 ms up; at 4 Mbit/s = 2 ms down. The downlink is the bottleneck.
  assert.deepEqual(arrivals, [
    { time: 13 * MS, id: 0 },
    { time: 15 * MS, id: 1 },
    { time: 17 * MS, id: 2 },
  ]);
  assert.equal(network.packets.inUse, 0);
});

test('a full drop-tail uplink queue drops what does not fit', () => {
  const { sim, network, arrivals } = twoHosts();
  sendBurst(network, 15, 1000); // limit 10,000 bytes
  sim.run({ untilNs: 1e9 });
  assert.equal(arrivals.length, 10);
  assert.equal(network.stats.droppedByQueue, 5);
});

test('jitter delays packets but never reorders a path', () => {
  const { sim, network, arrivals } = twoHosts({ jitterNs: 20 * MS });
  sendBurst(network, 8, 1000);
  sim.run({ untilNs: 1e9 });
  assert.deepEqual(arrivals.map((a) => a.id), [0, 1, 2, 3, 4, 5, 6, 7]);
  assert.ok(arrivals.some((a, i) => a.time > 13 * MS + 2 * i * MS), 'some packet was delayed by jitter');
});

test('path loss applies to every packet, data and ACK alike', () => {
  const { sim, network, arrivals } = twoHosts({ loss: { kind: 'constant', rate: 0.25 }, hosts: [
    { name: 'x', location: 'a', uplinkBps: 1e9, downlinkBps: 1e9 },
    { name: 'y', location: 'b', uplinkBps: 1e9, downlinkBps: 1e9 },
  ] });
  const route = network.route(0, 1);
  for (let i = 0; i < 4000; i++) {
    const packet = network.packets.alloc();
    network.packets.wireBytes[packet] = 60;
    network.packets.len[packet] = i % 2 === 0 ? 0 : 1000; // pure ACKs and data
    network.send(route, packet);
  }
  sim.run({ untilNs: 1e9 });
  assert.ok(Math.abs(arrivals.length / 4000 - 0.75) < 0.03, `${arrivals.length} delivered`);
  assert.equal(network.stats.droppedByLoss, 4000 - arrivals.length);
});

test('capacity-limited links in a path are queues of their own', () => {
  const { sim, network, arrivals } = twoHosts({
    locations: [{ name: 'a' }, { name: 'm' }, { name: 'b' }],
    paths: { kind: 'links', links: [
      { from: 'a', to: 'm', latencyNs: 4 * MS, bandwidthBps: 1e6 },
      { from: 'm', to: 'b', latencyNs: 6 * MS },
    ] },
  });
  sendBurst(network, 2, 1000);
  sim.run({ untilNs: 1e9 });
  // 1 ms up; 8 ms on the 1 Mbit/s link each; 4 + 6 ms latency; 2 ms down.
  assert.deepEqual(arrivals.map((a) => a.time), [21 * MS, 29 * MS]);
});
