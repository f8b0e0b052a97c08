import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createInternet } from '../../../simulator/internet';
import type { NetworkConfig } from '../../../simulator/network/config';
import { ConfigError } from '../../../simulator/network/validate';

const base: NetworkConfig = {
  locations: [{ name: 'a' }, { name: 'b' }],
  paths: { kind: 'matrix', latencies: [{ from: 'a', to: 'b', latencyNs: 10_000_000 }] },
  hosts: [
    { name: 'x', location: 'a', uplinkBps: 1e6, downlinkBps: 1e6 },
    { name: 'y', location: 'b', uplinkBps: 1e6, downlinkBps: 1e6 },
  ],
};

function problems(config: NetworkConfig): string {
  try {
    createInternet(config, 1);
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error.message;
  }
  assert.fail('the configuration was accepted');
}

test('a valid configuration is accepted', () => {
  assert.doesNotThrow(() => createInternet(base, 1));
});

test('a host with zero bandwidth is refused, naming the host', () => {
  const config = { ...base, hosts: [base.hosts[0]!, { ...base.hosts[1]!, downlinkBps: 0 }] };
  assert.match(problems(config), /hosts\[1\] "y": downlinkBps must be a positive bandwidth, got 0/);
});

test('zero latency between distinct hosts is refused', () => {
  const config = { ...base, paths: { kind: 'matrix' as const, latencies: [{ from: 'a', to: 'b', latencyNs: 0 }] } };
  assert.match(problems(config), /paths\.latencies\[0\] a -> b: latency must be a positive integer.*zero latency between distinct hosts/);
  // Two hosts of one location without a latency inside it: connecting them fails clearly.
  const sameLocation = createInternet({ ...base, hosts: [base.hosts[0]!, { ...base.hosts[1]!, location: 'a' }] }, 1);
  assert.throws(() => sameLocation.host('x').connect('y', 80), /no path from host "x" \(a\) to host "y" \(a\)/);
});

test('100 % loss is refused for every loss model', () => {
  assert.match(problems({ ...base, loss: { kind: 'constant', rate: 1 } }), /loss\.rate must be a probability in \[0, 1\)/);
  assert.match(problems({ ...base, loss: { kind: 'constant', rate: 0.5, scale: 2 } }), /drops every packet/);
  assert.match(
    problems({ ...base, loss: { kind: 'latency-proportional', rate: 0.5, referenceLatencyNs: 1, capLatencyNs: 10 } }),
    /reaches 100 % at the cap latency/,
  );
  assert.match(
    problems({ ...base, loss: { kind: 'gilbert-elliott', pGoodToBad: 0.1, pBadToGood: 0, lossGood: 0, lossBad: 1 } }),
    /bad state is absorbing/,
  );
});

test('unknown locations and bad TCP options are all reported at once', () => {
  const message = problems({
    ...base,
    locations: [...base.locations, { name: 'c' }],
    hosts: [...base.hosts, { name: 'z', location: 'c', uplinkBps: 1e6, downlinkBps: 1e6 }, { name: 'w', location: 'nowhere', uplinkBps: 1, downlinkBps: 1 }],
    tcp: { mss: 0, congestionControl: 'vegas' as 'reno' },
  });
  assert.match(message, /unknown location "nowhere"/);
  assert.match(message, /tcp\.mss must be a positive integer, got 0/);
  assert.match(message, /tcp\.congestionControl must be 'cubic' or 'reno', got 'vegas'/);
});
