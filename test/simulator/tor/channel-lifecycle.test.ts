import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Configuration } from '../../../grammar/model/scenario';
import { MetricsRecorder } from '../../../simulator/metrics/recorder';
import { buildWorld } from '../../../simulator/scenario/build-world';
import { CHANNEL_IDLE_TIMEOUT_NS } from '../../../simulator/tor/tor-node';
import { smallNetwork } from './small-network';

const S = 1e9;

function oneDownload(): Configuration {
  const base = smallNetwork({ web: 1, bulk: 0 });
  const web = base.clients[0]!;
  return {
    ...base,
    clients: [{ ...web, fetch: { type: 'constant', value: 10_000 }, think: { type: 'constant', value: 3600 }, start: { type: 'constant', value: 1 }, pathSelection: { ...web.pathSelection, circuitLifetime: 60 } }],
  };
}

test('a dirty circuit without streams closes at MaxCircuitDirtiness, and its channels close once idle', () => {
  const world = buildWorld(oneDownload(), 1, (clock) => new MetricsRecorder(0, clock));
  const { sim, tcp } = world.internet;
  sim.run({ untilNs: 30 * S });
  // Client–guard, guard–middle and middle–exit channels are up; the exit's server connection is done.
  assert.equal(tcp.openConnections, 6);
  const circuitsAt = (): number => world.tor.nodes.reduce((n, node) => n + node.circuits.size, 0);
  assert.equal(circuitsAt(), 4); // the client and its three hops
  sim.run({ untilNs: 62 * S });
  assert.equal(circuitsAt(), 0); // DESTROY went down the circuit after 60 s of dirtiness
  sim.run({ untilNs: 61 * S + CHANNEL_IDLE_TIMEOUT_NS - S });
  assert.equal(tcp.openConnections, 6); // not idle long enough yet
  sim.run({ untilNs: 63 * S + CHANNEL_IDLE_TIMEOUT_NS });
  assert.equal(tcp.openConnections, 0);
});
