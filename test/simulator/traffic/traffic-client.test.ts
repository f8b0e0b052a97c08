import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ClientGroup, Configuration } from '../../../grammar/model/scenario';
import { simulateConfiguration } from '../../../simulator/run';
import { smallNetwork } from '../tor/small-network';

function withPerf(): Configuration {
  const base = smallNetwork({ web: 6, bulk: 0, duration: 20, warmup: 1 });
  const web = base.clients[0]!;
  const perf: ClientGroup = { ...web, name: 'perf', count: 2, traffic: 'perf', fetch: { type: 'constant', value: 50 * 1024 }, every: 3, freshCircuit: true };
  return { ...base, clients: [web, perf] };
}

const m = simulateConfiguration(withPerf(), 2);

test('web clients reuse their circuit for later downloads (MaxCircuitDirtiness is 10 min)', () => {
  const web = m.downloads.filter((d) => d.group === 'web' && d.outcome === 'ok');
  assert.ok(web.length > 10);
  for (let client = 0; client < 6; client++) {
    const circuits = new Set(web.filter((d) => d.client === client).map((d) => d.circuit));
    assert.ok(circuits.size <= 1, `web client ${client} used ${circuits.size} circuits`);
  }
});

test('perf clients start a download every 3 s, each on a fresh circuit', () => {
  const perf = m.downloads.filter((d) => d.group === 'perf');
  assert.ok(perf.length >= 10);
  assert.equal(new Set(perf.map((d) => d.circuit)).size, perf.length);
  for (const client of [0, 1]) {
    const starts = perf.filter((d) => d.client === client).map((d) => d.startNs).sort((a, b) => a - b);
    for (let i = 1; i < starts.length; i++) assert.equal(starts[i]! - starts[i - 1]!, 3e9);
  }
  for (const d of perf) {
    assert.equal(d.traffic, 'perf');
    assert.equal(d.sizeBytes, 50 * 1024);
  }
});

test('every circuit build is recorded; a 3-hop build takes at least three round trips to the hops', () => {
  const builds = m.circuitBuilds.filter((b) => b.group === 'perf');
  assert.ok(builds.length >= 10);
  for (const b of builds) {
    assert.equal(b.error, null);
    // Shortest one-way latency 2 ms: CREATE, EXTEND, EXTEND each need at least one round trip,
    // plus the TLS handshake when the client opens its channel to the guard.
    assert.ok(b.buildNs! >= 3 * 2 * 2e6, `build ${b.buildNs}`);
  }
});

test('a think time drawn below zero starts the next download at once instead of failing the run', () => {
  const base = smallNetwork({ web: 3, bulk: 0, duration: 6, warmup: 1 });
  const config: Configuration = { ...base, clients: [{ ...base.clients[0]!, think: { type: 'normal', mean: 0, sd: 1 } }] };
  assert.ok(simulateConfiguration(config, 1).downloads.some((d) => d.outcome === 'ok'));
});
