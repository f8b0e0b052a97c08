// Every construct of the language, read into the model.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, clean, NETWORK, only } from './check-helper';

const MiB = 1024 * 1024;

test('scenario: title, duration, warm-up, seeds (count or list), load scales client counts', () => {
  const model = clean(`${NETWORK}
scenario "Title" { duration 10 min; warmup 2 min; seeds [3, 7]; load 1.5 }
clients many x 10 { }`);
  assert.deepEqual(model.base.run, { title: 'Title', duration: 600, warmup: 120, seeds: [3, 7], load: 1.5 });
  assert.equal(model.base.clients.find((group) => group.name === 'many')!.count, 15);
  assert.deepEqual(clean(`${NETWORK} scenario { seeds 3 }`).base.run.seeds, [1, 2, 3]);
});

test('defaults apply when nothing is written', () => {
  const model = clean(NETWORK);
  assert.deepEqual(model.base.run, { title: '', duration: 3600, warmup: 0, seeds: [1], load: 1 });
  const relays = model.base.relays[0]!;
  assert.deepEqual(relays.socketScheduler, { type: 'kist', interval: 0.01, socketBufferFactor: 1, globalWriteLimit: null });
  assert.deepEqual(relays.circuitScheduler, { type: 'ewma', halfLife: 30, tick: 10 });
  assert.deepEqual(relays.connections, { type: 'single' });
  assert.deepEqual(relays.congestionControl, { type: 'sendme', circuitWindow: 1000, circuitIncrement: 100, streamWindow: 500, streamIncrement: 50 });
  assert.deepEqual(relays.shortor, { type: 'off' });
  assert.equal(relays.connLimit, 1000);
  assert.equal(relays.oosHandler, false);
  assert.deepEqual(relays.location, { type: 'choice', options: [{ value: 'east', weight: 1 }, { value: 'west', weight: 1 }] });
  const users = model.base.clients[0]!;
  assert.equal(users.traffic, 'web');
  assert.deepEqual(users.fetch, { type: 'constant', value: 320 * 1024 });
  assert.deepEqual(users.think, { type: 'uniform', min: 1, max: 60 });
  assert.equal(users.pathSelection.hops, 3);
  assert.equal(users.pathSelection.guards, 1);
  assert.equal(users.pathSelection.circuitLifetime, 600);
  assert.equal(users.pathSelection.cbt.type, 'current');
});

test('internet: locations with access up/down, latency matrix, links with bandwidth, loss and jitter, routing', () => {
  const model = clean(`
loss lossy = constant(1 %)
internet {
  routing direct
  jitter 2 ms
  access 100 Mbit/s
  location east { access up 10 Mbit/s down 50 Mbit/s; latency 500 us }
  location west { loss lossy }
  location north { }
  latency east <-> west 30 ms
  latency east -> north 40 ms
  latency north -> east 41 ms
  link west <-> north { latency 60 ms; bandwidth 1 Gbit/s; loss none; jitter 0 ms }
}`);
  const internet = model.base.internet;
  assert.equal(internet.routing, 'direct');
  assert.equal(internet.jitter, 0.002);
  const [east, west, north] = internet.locations;
  assert.deepEqual(east!.access, { up: 1e7, down: 5e7 });
  assert.equal(east!.latency, 0.0005);
  assert.deepEqual(north!.access, { up: 1e8, down: 1e8 });
  assert.equal(west!.loss.type, 'constant');
  assert.equal(north!.loss.type, 'none');
  assert.deepEqual(
    internet.links.map((link) => [link.from, link.to, link.bidirectional, link.latency]),
    [['east', 'west', true, 0.03], ['east', 'north', false, 0.04], ['north', 'east', false, 0.041], ['west', 'north', true, 0.06]],
  );
  const westNorth = internet.links[3]!;
  assert.equal(westNorth.bandwidth, 1e9);
  assert.equal(westNorth.jitter, 0);
  assert.equal(internet.links[0]!.jitter, 0.002);
  assert.equal(internet.links[0]!.bandwidth, null);
});

test('loss models: none, constant, proportional (KIST), Gilbert–Elliott, scale and cap', () => {
  const model = clean(`${NETWORK}
loss kist-normal = proportional(1.5 % per 300 ms, cap 300 ms)
loss kist-high = kist-normal * 2 max 3 %
loss bursty = gilbert-elliott(to-bad 1 %, to-good 25 %, loss-bad 50 %)
loss flat = 0.5 * constant(2 %)
loss nothing = none
experiment e { vary loss [kist-normal, kist-high, bursty, flat, nothing] }`);
  const losses = Object.fromEntries(model.experiments[0]!.variants.map((variant) => [variant.name, variant.config.internet.loss]));
  assert.deepEqual(losses['kist-normal'], { type: 'proportional', rate: 0.015, per: 0.3, cap: 0.3, name: 'kist-normal', scale: 1, max: 1 });
  assert.deepEqual(losses['kist-high'], { type: 'proportional', rate: 0.015, per: 0.3, cap: 0.3, name: 'kist-high', scale: 2, max: 0.03 });
  assert.deepEqual(losses.bursty, { type: 'gilbert-elliott', toBad: 0.01, toGood: 0.25, lossGood: 0, lossBad: 0.5, name: 'bursty', scale: 1, max: 1 });
  assert.deepEqual(losses.flat, { type: 'constant', rate: 0.02, name: 'flat', scale: 0.5, max: 1 });
  assert.deepEqual(losses.nothing, { type: 'none', name: 'nothing', scale: 1, max: 1 });
  assert.equal(model.base.internet.loss.type, 'none');
});

test('relays: single and populations, distributions, flags, location choice, limits, defaults overridden per group', () => {
  const model = clean(`${NETWORK}
defaults relay { conn-limit 4096; socket-scheduler vanilla }
relays pop x 40 {
  bandwidth lognormal(median 8 MiB/s, sigma 0.9)
  burst none
  flags guard fast
  location choice(east weight 3, west)
  access 1 Gbit/s
  oos-handler on
}
relay one { bandwidth 2 MiB/s .. 4 MiB/s; socket-scheduler kist-lite { interval 5 ms }; conn-limit 100 }`);
  const pop = model.base.relays.find((group) => group.name === 'pop')!;
  assert.equal(pop.count, 40);
  assert.equal(pop.single, false);
  assert.deepEqual(pop.bandwidth, { type: 'lognormal', median: 8 * 8 * MiB, sigma: 0.9 });
  assert.equal(pop.burst, null);
  assert.deepEqual(pop.flags, ['guard', 'fast']);
  assert.deepEqual(pop.location, { type: 'choice', options: [{ value: 'east', weight: 3 }, { value: 'west', weight: 1 }] });
  assert.deepEqual(pop.access, { up: 1e9, down: 1e9 });
  assert.equal(pop.oosHandler, true);
  assert.equal(pop.connLimit, 4096);
  assert.deepEqual(pop.socketScheduler, { type: 'vanilla' });
  const one = model.base.relays.find((group) => group.name === 'one')!;
  assert.equal(one.single, true);
  assert.equal(one.count, 1);
  assert.deepEqual(one.bandwidth, { type: 'uniform', min: 16 * MiB, max: 32 * MiB });
  assert.deepEqual(one.socketScheduler, { type: 'kist-lite', interval: 0.005 });
  assert.equal(one.connLimit, 100);
});

test('distributions: constant, uniform, exponential, normal, lognormal, pareto, weighted choice, named constants', () => {
  const model = clean(`${NETWORK}
const base-think = 2 s
clients d1 x 1 { think constant(base-think * 2) }
clients d2 x 1 { think uniform(from 1 s, to base-think + 1 s) }
clients d3 x 1 { think exponential(30 s) }
clients d4 x 1 { think normal(mean 10 s, sd 2 s) }
clients d5 x 1 { think lognormal(10 s, 0.5) }
clients d6 x 1 { think pareto(scale 1 s, shape 1.5) }
clients d7 x 1 { fetch choice(50 KiB weight 12, 1 MiB weight 2, 5 MiB) }`);
  const think = (name: string) => model.base.clients.find((group) => group.name === name)!;
  assert.deepEqual(think('d1').think, { type: 'constant', value: 4 });
  assert.deepEqual(think('d2').think, { type: 'uniform', min: 1, max: 3 });
  assert.deepEqual(think('d3').think, { type: 'exponential', mean: 30 });
  assert.deepEqual(think('d4').think, { type: 'normal', mean: 10, sd: 2 });
  assert.deepEqual(think('d5').think, { type: 'lognormal', median: 10, sigma: 0.5 });
  assert.deepEqual(think('d6').think, { type: 'pareto', scale: 1, shape: 1.5 });
  assert.deepEqual(think('d7').fetch, { type: 'choice', options: [{ value: 51200, weight: 12 }, { value: MiB, weight: 2 }, { value: 5 * MiB, weight: 1 }] });
});

test('socket and circuit schedulers, connection management, OOS handler', () => {
  const model = clean(`${NETWORK}
relay k { socket-scheduler kist { interval 3 ms; socket-buffer-factor 2; global-write-limit 1 MiB } }
relay v { socket-scheduler amap }
relay rr { circuit-scheduler round-robin }
relay ew { circuit-scheduler ewma { half-life 66 s; tick 1 s } }
relay t { connections torchestra { heavy-threshold 3 } }
relay ti { connections torchestra { classifier ideal } }
relay p { connections pctcp }
relay i { connections imux { tau 80 %; scheduler ewma-mapping; housekeeping 2 s } }`);
  const relay = (name: string) => model.base.relays.find((group) => group.name === name)!;
  assert.deepEqual(relay('k').socketScheduler, { type: 'kist', interval: 0.003, socketBufferFactor: 2, globalWriteLimit: MiB });
  assert.deepEqual(relay('v').socketScheduler, { type: 'vanilla' });
  assert.deepEqual(relay('rr').circuitScheduler, { type: 'round-robin' });
  assert.deepEqual(relay('ew').circuitScheduler, { type: 'ewma', halfLife: 66, tick: 1 });
  assert.deepEqual(relay('t').connections, { type: 'torchestra', classifier: 'ewma', heavyThreshold: 3 });
  assert.deepEqual(relay('ti').connections, { type: 'torchestra', classifier: 'ideal', heavyThreshold: 2 });
  assert.deepEqual(relay('p').connections, { type: 'pctcp' });
  assert.deepEqual(relay('i').connections, { type: 'imux', tau: 0.8, scheduler: 'ewma-mapping', housekeeping: 2 });
});

test('congestion control: SENDME windows, Vegas profiles with overrides, Westwood, NOLA, flow control', () => {
  const model = clean(`${NETWORK}
relay sm { congestion-control sendme { circuit-window 500 } }
relay code { congestion-control vegas }
relay live { congestion-control vegas { profile consensus-2026; alpha-exit 200; xoff-exit 250 } }
relay prop { congestion-control vegas { profile prop324 } }
relay w { congestion-control westwood { rtt-thresh 40 % } }
relay n { congestion-control nola { overshoot 50 } }`);
  const cc = (name: string) => model.base.relays.find((group) => group.name === name)!.congestionControl as unknown as Record<string, unknown>;
  assert.equal(cc('sm').circuitWindow, 500);
  assert.equal(cc('sm').streamWindow, 500);
  assert.equal(cc('code').type, 'vegas');
  assert.deepEqual([cc('code').cwndMin, cc('code').cwndInc, cc('code').alphaExit, cc('code').sscapOnion, cc('code').cwndIncSs], [62, 31, 124, 600, 1]);
  assert.deepEqual([cc('live').cwndMin, cc('live').cwndInc, cc('live').cwndIncRate, cc('live').alphaExit, cc('live').deltaExit, cc('live').sscapOnion], [124, 1, 31, 200, 310, 475]);
  assert.deepEqual([cc('live').cwndFullGap, cc('live').cwndFullMin, cc('live').xoffExit, cc('live').xoffClient], [4, 0.25, 250, 500]);
  assert.deepEqual([cc('prop').cwndMin, cc('prop').cwndIncSs, cc('prop').profile], [31, 0.5, 'prop324']);
  assert.deepEqual([cc('w').type, cc('w').rttThresh, cc('w').cwndBackoff, cc('w').minBackoff], ['westwood', 0.4, 0.75, false]);
  assert.deepEqual([cc('n').type, cc('n').overshoot, cc('n').sendmeInc], ['nola', 50, 31]);
  assert.equal(only(check(`${NETWORK} relay bad { congestion-control vegas { alpha-exit 200 MiB } }`), 'TN302').code, 'TN302');
});

test('path selection and the circuit-build-timeout learner (current and Prop 151)', () => {
  const model = clean(`${NETWORK}
defaults client { path-selection { guards 2; use-guards off; weights bandwidth; circuit-lifetime 10 s; drop-failing-guards no; cbt current { quantile 70 % } } }
clients old x 1 { path-selection { cbt prop151 } }
clients none x 1 { path-selection { cbt off; hops 4 } }
relay fourth { }`);
  const users = model.base.clients.find((group) => group.name === 'users')!.pathSelection;
  assert.deepEqual([users.guards, users.useGuards, users.weights, users.circuitLifetime, users.dropFailingGuards], [2, false, 'bandwidth', 10, false]);
  assert.equal(users.cbt.type, 'current');
  assert.equal((users.cbt as { quantile: number }).quantile, 0.7);
  const old = model.base.clients.find((group) => group.name === 'old')!.pathSelection.cbt as Record<string, unknown>;
  assert.deepEqual([old.type, old.history, old.minCircuits, old.binWidth, old.modes, old.testInterval, old.maxTimeouts], ['prop151', 1000, 100, 0.05, 1, 60, 16], 'the proposal text: about 1000 observed, about 100 before the cutoff');
  const none = model.base.clients.find((group) => group.name === 'none')!.pathSelection;
  assert.deepEqual([none.cbt, none.hops], [{ type: 'off' }, 4]);
});

test('ShorTor relays', () => {
  const model = clean(`${NETWORK} relay via { shortor on { via-capacity 20 %; race-interval 30 s; backoff 5 s } }`);
  assert.deepEqual(model.base.relays.find((group) => group.name === 'via')!.shortor, { type: 'on', viaCapacity: 0.2, raceInterval: 30, backoff: 5 });
});

test('clients and servers: presets, custom sizes, periodic fetches, onion services, server choice', () => {
  const model = clean(`${NETWORK}
clients bulk x 2 { traffic bulk }
clients perf x 1 { traffic perf }
clients hidden x 3 { onion; server onions; access 10 Mbit/s; start uniform(0 s, 1 min) }
servers onions x 1 { onion on; bandwidth 50 Mbit/s; location west }`);
  const clients = (name: string) => model.base.clients.find((group) => group.name === name)!;
  assert.deepEqual([clients('bulk').fetch, clients('bulk').think], [{ type: 'constant', value: 5 * MiB }, { type: 'constant', value: 0 }]);
  assert.equal(clients('perf').every, 60);
  assert.equal(clients('perf').freshCircuit, true);
  assert.deepEqual(clients('perf').fetch, { type: 'choice', options: [{ value: 50 * 1024, weight: 12 }, { value: MiB, weight: 2 }, { value: 5 * MiB, weight: 1 }] });
  assert.deepEqual([clients('hidden').onion, clients('hidden').server, clients('hidden').access], [true, 'onions', { up: 1e7, down: 1e7 }]);
  const onions = model.base.servers.find((group) => group.name === 'onions')!;
  assert.deepEqual([onions.onion, onions.bandwidth, onions.location], [true, { type: 'constant', value: 5e7 }, { type: 'constant', value: 'west' }]);
});

test('attacks: socket exhaustion with target, exits, start and size', () => {
  const model = clean(`${NETWORK}
relays exits x 2 { flags exit }
attack flood socket-exhaustion { target net; through exits; start 5 min; sybils 20; connections 5000; rate 100 }`);
  assert.deepEqual(model.base.attacks, [{ name: 'flood', type: 'socket-exhaustion', enabled: true, target: 'net', through: 'exits', start: 300, sybils: 20, connections: 5000, rate: 100 }]);
  assert.ok(check(`${NETWORK} attack flood socket-exhaustion { start 1 min }`).diagnostics.some((d) => d.code === 'TN410'));
});

test('a statement set twice in one block is reported with the first place', () => {
  const diagnostic = only(check(`${NETWORK} scenario { duration 1 min\n duration 2 min }`), 'TN202');
  assert.equal(diagnostic.related?.[0]?.message, 'first set here');
});

test('an explicit `none` wins over the traffic preset that sets the same setting', () => {
  const model = clean(`${NETWORK.replace('clients users x 1 { }', 'clients users x 1 { traffic perf; every none }')}`);
  assert.equal(model.base.clients[0]!.every, null);
  assert.equal(model.base.clients[0]!.freshCircuit, true, 'the rest of the preset still applies');
});

test('onion-service servers set the congestion control of their end of rendezvous circuits', () => {
  const model = clean(`${NETWORK}
servers onions x 1 { onion on; congestion-control vegas { profile consensus-2026 } }
experiment e { vary servers.onions.congestion-control [fixed: sendme, vegas: vegas] }`);
  const onions = (config: typeof model.base) => config.servers.find((group) => group.name === 'onions')!.congestionControl;
  assert.deepEqual([onions(model.base).type, (onions(model.base) as { alphaOnion: number }).alphaOnion, (onions(model.base) as { betaOnion: number }).betaOnion], ['vegas', 186, 372]);
  assert.equal(model.base.servers[0]!.congestionControl.type, 'sendme', 'the default, as for relays');
  assert.deepEqual(model.experiments[0]!.variants.map((variant) => onions(variant.config).type), ['sendme', 'vegas']);
});

test('Prop 151 failing guards: an imposed build-failure rate per relay group and the replacement margin', () => {
  const model = clean(`${NETWORK}
relays budget x 4 { flags guard; build-failure 45 % }
clients careful x 1 { path-selection { guards 5; primary-guards 5; guard-failure-margin 10 % } }`);
  assert.deepEqual(model.base.relays.map((group) => group.buildFailure), [0, 0.45]);
  const path = (name: string) => model.base.clients.find((group) => group.name === name)!.pathSelection;
  assert.deepEqual([path('careful').guardFailureMargin, path('careful').guards, path('careful').dropFailingGuards], [0.1, 5, true]);
  assert.equal(path('users').guardFailureMargin, null, 'off unless asked for, as in current Tor');
  assert.match(only(check(`${NETWORK} relay r { build-failure 120 % }`), 'TN303').message, /build-failure/);
  assert.match(only(check(`${NETWORK} relay r { build-failure 0.2 }`), 'TN301').message, /percentage/);
});
