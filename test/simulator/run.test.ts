import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Configuration } from '../../grammar/model/scenario';
import type { RunMetrics } from '../../simulator/metrics/run-metrics';
import { simulateConfiguration } from '../../simulator/run';
import { KIST, smallNetwork, VANILLA } from './tor/small-network';

const quick = (o: Parameters<typeof smallNetwork>[0] = {}): Configuration => smallNetwork({ web: 8, bulk: 1, duration: 8, warmup: 2, ...o });

test('the same configuration and seed give byte-identical metrics; another seed differs', () => {
  const a = JSON.stringify(simulateConfiguration(quick(), 3));
  const b = JSON.stringify(simulateConfiguration(quick(), 3));
  const c = JSON.stringify(simulateConfiguration(quick(), 4));
  assert.equal(a, b);
  assert.notEqual(a, c);
});

test('downloads complete through Tor and every measured record is after the warm-up', () => {
  const m = simulateConfiguration(quick({ scheduler: VANILLA }), 1);
  const ok = m.downloads.filter((d) => d.outcome === 'ok');
  assert.ok(ok.length >= 5, `only ${ok.length} downloads completed`);
  for (const d of m.downloads) assert.ok(d.startNs >= m.warmupNs);
  for (const d of ok) {
    assert.ok(d.ttfbNs! > 0 && d.ttfbNs! <= d.ttlbNs!);
    assert.ok(d.circuit > 0);
    // At least two circuit round trips (BEGIN/CONNECTED, then the request to the server) pass
    // before the first byte: the shortest one-way latency in the network is 2 ms.
    assert.ok(d.ttfbNs! > 4 * 4e6);
  }
  assert.equal(m.simulatedNs, 8e9);
  assert.equal(m.goodput.bytes.length, 6);
  assert.ok(m.goodput.bytes.every((b) => b > 0 && b % 514 === 0));
});

test('KIST-Lite and round-robin circuit scheduling run too', () => {
  const lite = simulateConfiguration(quick({ scheduler: { type: 'kist-lite', interval: 0.01 } }), 1);
  assert.ok(lite.downloads.some((d) => d.outcome === 'ok'));
  assert.ok(lite.scheduler.runs > 0);
  assert.equal(lite.scheduler.tcpInfoReads, 0); // KIST-Lite never reads TCP_INFO
  const config = quick({ scheduler: KIST });
  const rr: Configuration = { ...config, relays: config.relays.map((g) => ({ ...g, circuitScheduler: { type: 'round-robin' } })) };
  assert.ok(simulateConfiguration(rr, 1).downloads.some((d) => d.outcome === 'ok'));
});

test('progress is reported and a raised signal stops the run early', () => {
  const seen: number[] = [];
  const signal = { aborted: false };
  const m = simulateConfiguration(quick(), 1, {
    signal,
    progressEveryNs: 1e9,
    onProgress: (p) => {
      seen.push(p.simulatedNs);
      if (p.simulatedNs >= 3e9) signal.aborted = true;
    },
  });
  assert.equal(m.cancelled, true);
  assert.ok(m.simulatedNs < 8e9);
  // the cancelled run's metrics are its partial result: whole goodput buckets only
  assert.equal(m.goodput.bytes.length, Math.floor((m.simulatedNs - m.warmupNs) / 1e9));
  assert.deepEqual(seen.slice(0, 3), [1e9, 2e9, 3e9]);
});

test('partial snapshots do not perturb the run: same seed, identical final metrics with and without them', () => {
  const plain = JSON.stringify(simulateConfiguration(quick({ scheduler: KIST }), 5));
  let snapshots = 0;
  const snapshotted = simulateConfiguration(quick({ scheduler: KIST }), 5, {
    progressEveryNs: 0.3e9,
    partialEveryNs: 0.7e9,
    onPartial: (partial) => {
      snapshots++;
      JSON.stringify(partial); // a viewer reads everything
    },
  });
  assert.equal(snapshots, 11); // 0.7 s … 7.7 s, none at the end (the final metrics are the result)
  assert.equal(JSON.stringify(snapshotted), plain);
});

test('a snapshot holds what was measured up to its time and stays as it was while the run goes on', () => {
  const snapshots: RunMetrics[] = [];
  const seen: number[] = [];
  const final = simulateConfiguration(quick({ scheduler: VANILLA }), 2, {
    partialEveryNs: 2.5e9,
    onPartial: (partial) => {
      snapshots.push(partial);
      seen.push(partial.downloads.length);
    },
  });
  assert.deepEqual(snapshots.map((p) => p.simulatedNs), [2.5e9, 5e9, 7.5e9]);
  assert.deepEqual(snapshots.map((p) => p.cancelled), [false, false, false]);
  assert.deepEqual(snapshots.map((p) => p.downloads.length), seen, 'later downloads are not appended to an earlier snapshot');
  // goodput: only the whole buckets after the 2 s warm-up
  assert.deepEqual(snapshots.map((p) => p.goodput.bytes.length), [0, 3, 5]);
  for (const p of snapshots) {
    assert.deepEqual(p.downloads, final.downloads.slice(0, p.downloads.length));
    assert.deepEqual(p.goodput.bytes, final.goodput.bytes.slice(0, p.goodput.bytes.length));
    assert.ok(p.downloads.every((d) => d.startNs + (d.ttlbNs ?? 0) <= p.simulatedNs));
  }
  assert.ok(seen[0]! < seen[2]! && seen[2]! < final.downloads.length, `downloads ${seen} → ${final.downloads.length}`);
});

test('downloads still running when the run ends or is snapshotted are counted as unfinished', () => {
  const snapshots: RunMetrics[] = [];
  const final = simulateConfiguration(quick({ scheduler: VANILLA }), 3, { partialEveryNs: 5e9, onPartial: (p) => snapshots.push(p) });
  // web clients think 1 s between downloads and the bulk client never pauses: some are mid-download at any time
  assert.ok(final.downloadsUnfinished >= 1 && final.downloadsUnfinished <= 9, `unfinished ${final.downloadsUnfinished}`);
  const [at5] = snapshots;
  // at 5 s: the downloads recorded later that had started by then, plus at most those still unfinished at the end
  const endNs = (d: RunMetrics['downloads'][number]) => (d.ttlbNs === null ? Infinity : d.startNs + d.ttlbNs);
  const runningAt5 = final.downloads.filter((d) => d.startNs <= 5e9 && endNs(d) > 5e9).length;
  assert.ok(runningAt5 >= 1);
  assert.ok(at5!.downloadsUnfinished >= runningAt5 && at5!.downloadsUnfinished <= runningAt5 + final.downloadsUnfinished, `${at5!.downloadsUnfinished} vs ${runningAt5} + ${final.downloadsUnfinished}`);
});

test('mechanisms the simulator does not have are refused by name', () => {
  const base = quick();
  const relays = (change: object): Configuration => ({ ...base, relays: base.relays.map((g) => ({ ...g, ...change })) });
  const clients = (change: object): Configuration => ({ ...base, clients: base.clients.map((g) => ({ ...g, ...change })) });
  const cases: [Configuration, RegExp][] = [
    [relays({ connections: { type: 'imux', tau: 0.9, scheduler: 'ewma-mapping', housekeeping: 1 } }), /connection management 'imux' is not implemented yet/],
    [relays({ connections: { type: 'pctcp' } }), /connection management 'pctcp' is not implemented yet/],
    [relays({ connections: { type: 'torchestra', heavyThreshold: 1 } }), /connection management 'torchestra' is not implemented yet/],
    [relays({ congestionControl: { type: 'vegas' } }), /congestion control 'vegas' is not implemented yet/],
    [relays({ shortor: { type: 'on', viaCapacity: 0.1, raceInterval: 1, backoff: 1 } }), /shortor is not implemented yet/],
    [clients({ pathSelection: { ...base.clients[0]!.pathSelection, cbt: { type: 'current' } } }), /circuit-build-timeout learning 'current' is not implemented yet/],
    [clients({ onion: true }), /onion services are not implemented yet/],
    [relays({ buildFailure: 0.1 }), /imposed circuit-build failures \(build-failure\) are not implemented yet/],
    [clients({ pathSelection: { ...base.clients[0]!.pathSelection, guardFailureMargin: 0.1 } }), /guard-failure-margin replacement rule is not implemented yet/],
    [{ ...base, attacks: [{ name: 'a', type: 'socket-exhaustion', enabled: true, target: 'guard', through: null, start: 1, sybils: 1, connections: 1, rate: null }] }, /attack 'socket-exhaustion' is not implemented yet/],
  ];
  for (const [config, message] of cases) assert.throws(() => simulateConfiguration(config, 1), message);
});

test('an attack a variant switched off does not stop the run', () => {
  const base = quick();
  const quiet: Configuration = { ...base, attacks: [{ name: 'a', type: 'socket-exhaustion', enabled: false, target: 'guard', through: null, start: 1, sybils: 1, connections: 1, rate: null }] };
  assert.ok(simulateConfiguration(quiet, 1).downloads.length > 0);
});

test('impossible run settings are refused with a message', () => {
  const c = quick();
  const noExits: Configuration = { ...c, relays: c.relays.map((g) => ({ ...g, flags: g.flags.filter((f) => f !== 'exit') })) };
  assert.throws(() => simulateConfiguration(noExits, 1), /clients web: no relay can be an exit/);
  const longPaths: Configuration = { ...c, clients: c.clients.map((g) => ({ ...g, pathSelection: { ...g.pathSelection, hops: 12 } })) };
  assert.throws(() => simulateConfiguration(longPaths, 1), /not enough relays for a 12-hop circuit/);
  const fewSockets: Configuration = { ...c, relays: c.relays.map((g) => ({ ...g, connLimit: 2 })) };
  assert.throws(() => simulateConfiguration(fewSockets, 1), /relay-\w+-\d+ needs more than its ConnLimit of 2 sockets: running out of sockets is not implemented yet/);
  assert.throws(() => simulateConfiguration({ ...c, run: { ...c.run, warmup: 9 } }, 1), /warm-up \(9 s\) must be shorter than the duration/);
  assert.throws(() => simulateConfiguration({ ...c, run: { ...c.run, duration: 0 } }, 1), /duration must be positive/);
});
