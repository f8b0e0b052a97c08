import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, clean, NETWORK, only, textAt } from './check-helper';

test('sweeps cross in the order written, named by their labels', () => {
  const model = clean(`${NETWORK}
loss normal-loss = constant(1 %)
experiment grid {
  baseline amap-low-none
  vary socket-scheduler [amap: amap, kist: kist]
  vary load [low: 0.5, high: 2]
  vary loss [none: none, normal: normal-loss]
  report ttfb(users) goodput
}`);
  const experiment = model.experiments[0]!;
  assert.equal(experiment.baseline, 'amap-low-none');
  assert.deepEqual(experiment.variants.map((variant) => variant.name), [
    'amap-low-none', 'amap-low-normal', 'amap-high-none', 'amap-high-normal',
    'kist-low-none', 'kist-low-normal', 'kist-high-none', 'kist-high-normal',
  ]);
  const last = experiment.variants[7]!;
  assert.deepEqual(last.labels, { 'socket-scheduler': 'kist', load: 'high', loss: 'normal' });
  assert.equal(last.config.clients[0]!.count, 2);
  assert.equal(last.config.relays[0]!.socketScheduler.type, 'kist');
  assert.equal(last.config.internet.loss.name, 'normal-loss');
  assert.equal(experiment.variants[0]!.config.relays[0]!.socketScheduler.type, 'vanilla');
  assert.deepEqual(experiment.report, [{ name: 'ttfb', clients: 'users', relays: null }, { name: 'goodput', clients: null, relays: null }]);
  assert.equal(model.base.relays[0]!.socketScheduler.type, 'kist', 'the base is unchanged');
});

test('named variants set settings by path, including deep paths, counts and defaults', () => {
  const model = clean(`${NETWORK}
relays exits x 2 { flags exit }
experiment paths {
  variant fast-kist { relays.*.socket-scheduler.interval 2 ms }
  variant guard-group { relays.net.socket-scheduler vanilla; relays.exits.count 5 }
  variant defaults { defaults.relay.congestion-control vegas { profile consensus-2026 } }
  variant run { scenario.duration 1 min; internet.jitter 3 ms; clients.users.think 0 s; servers.files.count 4 }
  chart cdf ttlb(users)
}`);
  const variant = (name: string) => model.experiments[0]!.variants.find((v) => v.name === name)!;
  assert.deepEqual(variant('fast-kist').config.relays.map((group) => group.socketScheduler), [
    { type: 'kist', interval: 0.002, socketBufferFactor: 1, globalWriteLimit: null },
    { type: 'kist', interval: 0.002, socketBufferFactor: 1, globalWriteLimit: null },
  ]);
  assert.deepEqual(variant('guard-group').config.relays.map((group) => [group.socketScheduler.type, group.count]), [['vanilla', 3], ['kist', 5]]);
  assert.equal(variant('defaults').config.relays[1]!.congestionControl.type, 'vegas');
  const run = variant('run').config;
  assert.deepEqual([run.run.duration, run.internet.jitter, run.internet.links[0]!.jitter, run.servers[0]!.count], [60, 0.003, 0.003, 4]);
  assert.deepEqual(run.clients[0]!.think, { type: 'constant', value: 0 });
  assert.deepEqual(variant('run').overrides.map((override) => override.path), ['scenario.duration', 'internet.jitter', 'clients.users.think', 'servers.files.count']);
  assert.deepEqual(model.experiments[0]!.charts, [{ type: 'cdf', metrics: [{ name: 'ttlb', clients: 'users', relays: null }] }]);
});

test('an experiment without variants runs the base once', () => {
  const model = clean(`${NETWORK} experiment plain { report goodput }`);
  assert.deepEqual(model.experiments[0]!.variants.map((variant) => [variant.name, variant.overrides]), [['base', []]]);
});

test('unknown settings, groups and inner settings in paths are reported', () => {
  const result = check(`${NETWORK}
experiment bad {
  variant a { relays.net.bandwith 1 MiB/s }
  variant b { relays.nett.bandwidth 1 MiB/s }
  variant c { relays.*.socket-scheduler.intervall 1 ms }
  variant d { nowhere.x 1 }
}`);
  const messages = result.diagnostics.map((d) => `${d.code} ${d.message}`);
  assert.ok(messages.some((m) => m.startsWith('TN403') && m.includes("'bandwidth'")), messages.join('\n'));
  assert.ok(messages.some((m) => m.startsWith('TN203') && m.includes("'net'")), messages.join('\n'));
  assert.ok(messages.some((m) => m.startsWith('TN403') && m.includes("'interval'")), messages.join('\n'));
  assert.ok(messages.some((m) => m.startsWith('TN403') && m.includes("'nowhere'")), messages.join('\n'));
});

test('sweep values are checked like the setting they set', () => {
  const diagnostic = only(check(`${NETWORK} experiment e { vary scenario.duration [short: 10 MiB, long: 1 h] }`), 'TN302');
  assert.equal(diagnostic.data?.expected, 'time');
});

test('duplicate labels and duplicate sweeps are reported', () => {
  assert.equal(only(check(`${NETWORK} experiment e { vary load [a: 1, a: 2] }`), 'TN202').code, 'TN202');
  assert.equal(only(check(`${NETWORK} experiment e { vary load [1, 2]; vary load [3] }`), 'TN202').code, 'TN202');
});

test('a variant changes only the groups it names; the base and the other variants keep theirs', () => {
  const model = clean(`${NETWORK}
relays other x 2 { flags exit; bandwidth 5 MiB/s }
experiment isolate {
  variant slow { relays.other.bandwidth 1 MiB/s }
  variant fast { relays.other.bandwidth 9 MiB/s; defaults.relay.conn-limit 50 }
  variant plain { }
}`);
  const [slow, fast, plain] = model.experiments[0]!.variants;
  const rate = (config: typeof model.base, index: number) => config.relays[index]!.bandwidth;
  assert.deepEqual(rate(model.base, 1), { type: 'constant', value: 5 * 8 * 1024 ** 2 });
  assert.deepEqual(rate(slow!.config, 1), { type: 'constant', value: 1 * 8 * 1024 ** 2 });
  assert.deepEqual(rate(fast!.config, 1), { type: 'constant', value: 9 * 8 * 1024 ** 2 });
  assert.deepEqual(rate(plain!.config, 1), rate(model.base, 1));
  assert.deepEqual(slow!.config.relays[0], model.base.relays[0], 'an unnamed group is resolved as in the base');
  assert.deepEqual(fast!.config.relays.map((group) => group.connLimit), [50, 50], 'a changed default reaches every group');
  assert.deepEqual(model.base.relays.map((group) => group.connLimit), [1000, 1000]);
  assert.deepEqual(slow!.config.relays.map((group) => group.connLimit), [1000, 1000]);
});

test('an attack can be switched off per variant by its path', () => {
  const model = clean(`${NETWORK}
attack flood socket-exhaustion { target net; start 1 min }
experiment attacked {
  vary attacks.flood.enabled [attacked: on, quiet: off]
}`);
  assert.equal(model.base.attacks[0]!.enabled, true);
  assert.deepEqual(model.experiments[0]!.variants.map((variant) => [variant.name, variant.config.attacks[0]!.enabled]), [['attacked', true], ['quiet', false]]);
  const wrong = check(`${NETWORK}
attack flood socket-exhaustion { target net }
experiment e { variant v { attacks.flood.enabled maybe } }`);
  assert.match(only(wrong, 'TN205').message, /maybe/);
});

test('a sweep item may carry an option\'s settings in the call form `vegas(profile prop324)`', () => {
  const model = clean(`${NETWORK}
experiment cc {
  vary congestion-control [fixed: sendme, vegas: vegas(profile prop324, cwnd-init 200), live: vegas(profile consensus-2026)]
  vary load [low: 1, high: 2]
}`);
  const variants = model.experiments[0]!.variants;
  assert.deepEqual(variants.map((variant) => variant.name), ['fixed-low', 'fixed-high', 'vegas-low', 'vegas-high', 'live-low', 'live-high']);
  const cc = (name: string) => variants.find((variant) => variant.name === name)!.config.relays[0]!.congestionControl as { type: string; profile?: string; cwndMin?: number; cwndInit?: number };
  assert.equal(cc('fixed-high').type, 'sendme');
  assert.deepEqual([cc('vegas-high').profile, cc('vegas-high').cwndMin, cc('vegas-high').cwndInit], ['prop324', 31, 200]);
  assert.deepEqual([cc('live-low').profile, cc('live-low').cwndMin, cc('live-low').cwndInit], ['consensus-2026', 124, 124]);
});

test('the call form is checked like a block', () => {
  const same = clean(`${NETWORK}\nrelay a { connections torchestra(classifier ideal) }\nrelay b { connections torchestra { classifier ideal } }`);
  assert.deepEqual(same.base.relays[1]!.connections, same.base.relays[2]!.connections);
  assert.match(only(check(`${NETWORK}\nrelay a { congestion-control vegas(cwnd-mni 3) }`), 'TN201').message, /cwnd-min/);
  assert.match(only(check(`${NETWORK}\nrelay a { connections pctcp(tau 1) }`), 'TN304').message, /no settings/);
  assert.match(only(check(`${NETWORK}\nrelay a { connections torchestra(classifier ideal) { heavy-threshold 3 } }`), 'TN304').message, /not both/);
  assert.match(only(check(`${NETWORK}\nrelay a { connections torchestra(3) }`), 'TN304').message, /setting name/);
});

test('internet.latency-scale multiplies every latency, so a sweep compares short and long RTTs', () => {
  const model = clean(`${NETWORK}
experiment rtt { vary internet.latency-scale [short: 1, long: 4] }`);
  const latencies = (config: typeof model.base) => [config.internet.links[0]!.latency, config.internet.locations[0]!.latency, config.internet.latencyScale];
  assert.deepEqual(latencies(model.base), [0.02, 0.001, 1]);
  const [short, long] = model.experiments[0]!.variants;
  assert.deepEqual(latencies(short!.config), [0.02, 0.001, 1]);
  assert.deepEqual(latencies(long!.config), [0.08, 0.004, 4]);
  assert.match(only(check('internet { latency-scale 0 }'), 'TN303').message, /latency-scale/);
});

test('throughput and sockets may name a relay group; other metrics only client groups', () => {
  const model = clean(`${NETWORK}
relay victim { flags guard }
experiment e {
  report throughput(victim) sockets(victim) sockets(users) ttfb(users)
  chart timeseries sockets(victim)
}`);
  assert.deepEqual(model.experiments[0]!.report, [
    { name: 'throughput', clients: null, relays: 'victim' },
    { name: 'sockets', clients: null, relays: 'victim' },
    { name: 'sockets', clients: 'users', relays: null },
    { name: 'ttfb', clients: 'users', relays: null },
  ]);
  assert.deepEqual(model.experiments[0]!.charts[0]!.metrics, [{ name: 'sockets', clients: null, relays: 'victim' }]);
  const wrong = only(check(`${NETWORK}\nrelay victim { flags guard }\nexperiment e { report ttfb(victim) }`), 'TN203');
  assert.match(wrong.message, /'victim' is a relay group, not a client group/);
  assert.match(only(check(`${NETWORK}\nexperiment e { report sockets(nobody) }`), 'TN203').message, /nobody/);
});

test('whole-scenario checks run on every variant and report at the variant', () => {
  const text = `${NETWORK}
experiment e {
  variant no-guards { relays.net.flags exit fast }
  variant fine { load 2 }
  vary scenario.warmup [short: 1 min, long: 2 h]
}`;
  const result = check(text);
  const guard = only(result, 'TN401');
  assert.match(guard.message, /^Variant 'no-guards': No relay has the guard flag/);
  assert.equal(textAt(text, guard), 'no-guards');
  assert.equal(guard.related?.[0]?.message, 'the part of the scenario concerned');
  const warmup = only(result, 'TN409');
  assert.match(warmup.message, /^Variant 'long': The warm-up \(7200 s\)/);
  assert.equal(textAt(text, warmup), 'long: 2 h');
  assert.equal(result.model, undefined, 'a variant that cannot run is an error');
});

test('a problem of the base is reported once, not again for each variant', () => {
  const result = check(`${NETWORK.replace('flags guard exit fast stable', 'flags exit fast')}
experiment e { vary load [low: 1, high: 2] }`);
  assert.deepEqual(result.diagnostics.filter((d) => d.code === 'TN401').map((d) => d.message.startsWith('Variant')), [false]);
});
