import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lossSpec, networkConfig } from '../../../simulator/scenario/network-config';
import { NO_LOSS, NORMAL_LOSS, smallNetwork } from '../tor/small-network';

test('the KIST loss model maps to the latency-proportional loss of the network model', () => {
  assert.deepEqual(lossSpec(NORMAL_LOSS), { kind: 'latency-proportional', rate: 0.015, referenceLatencyNs: 300e6, capLatencyNs: 300e6, scale: 1 });
  assert.deepEqual(lossSpec({ ...NORMAL_LOSS, scale: 2, max: 0.03 }), { kind: 'latency-proportional', rate: 0.015, referenceLatencyNs: 300e6, capLatencyNs: 300e6, maxRate: 0.03, scale: 2 });
  assert.deepEqual(lossSpec(NO_LOSS), { kind: 'none' });
});

test('locations and links become a latency matrix (direct) or links with self-loops (shortest path)', () => {
  const internet = smallNetwork().internet;
  const direct = networkConfig(internet, []);
  assert.equal(direct.paths.kind, 'matrix');
  const routed = networkConfig({ ...internet, routing: 'shortest-path' }, []);
  assert.equal(routed.paths.kind, 'links');
  if (routed.paths.kind === 'links') assert.deepEqual(routed.paths.links[0], { from: 'east', to: 'east', latencyNs: 2e6 });
});

test('per-link loss different from the Internet default is refused, not approximated', () => {
  const internet = smallNetwork().internet;
  const links = internet.links.map((l, i) => (i === 0 ? { ...l, loss: NORMAL_LOSS } : l));
  assert.throws(() => networkConfig({ ...internet, links }, []), /link east - west: a loss model different from the Internet's is not implemented yet/);
});
