import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Topology } from '../../../simulator/network/topology';

test('a latency matrix is symmetric unless both directions are given', () => {
  const topology = new Topology(['a', 'b', 'c'], {
    kind: 'matrix',
    latencies: [
      { from: 'a', to: 'b', latencyNs: 10 },
      { from: 'b', to: 'c', latencyNs: 20 },
      { from: 'c', to: 'b', latencyNs: 25 },
    ],
  });
  assert.equal(topology.path('b', 'a')?.latencyNs, 10);
  assert.equal(topology.path('b', 'c')?.latencyNs, 20);
  assert.equal(topology.path('c', 'b')?.latencyNs, 25);
  assert.equal(topology.path('a', 'c'), undefined);
});

test('links give latency-shortest paths, hop by hop, with self-loops inside a location', () => {
  const topology = new Topology(['a', 'b', 'c', 'd'], {
    kind: 'links',
    links: [
      { from: 'a', to: 'd', latencyNs: 100 },
      { from: 'a', to: 'b', latencyNs: 10 },
      { from: 'c', to: 'b', latencyNs: 20 },
      { from: 'c', to: 'd', latencyNs: 30 },
      { from: 'a', to: 'a', latencyNs: 2 },
    ],
  });
  const path = topology.path('a', 'd')!;
  assert.equal(path.latencyNs, 60);
  assert.deepEqual(path.hops, [
    { link: 1, reverse: false },
    { link: 2, reverse: true },
    { link: 3, reverse: false },
  ]);
  assert.equal(topology.path('d', 'a')!.latencyNs, 60);
  assert.deepEqual(topology.path('a', 'a'), { latencyNs: 2, hops: [{ link: 4, reverse: false }] });
  assert.equal(topology.path('b', 'b'), undefined);
});
