import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Configuration } from '../../../grammar/model/scenario';
import { simulateConfiguration } from '../../../simulator/run';
import { smallNetwork, VANILLA } from './small-network';

const RATE_BITS = 4e6; // 500,000 B/s per relay

function oneBulkClient(): Configuration {
  const base = smallNetwork({ web: 0, bulk: 1, duration: 25, warmup: 5, scheduler: VANILLA });
  return { ...base, relays: base.relays.map((g) => ({ ...g, bandwidth: { type: 'constant', value: RATE_BITS } })), clients: base.clients.filter((g) => g.count > 0) };
}

test('token buckets hold each relay of a busy circuit to its BandwidthRate', () => {
  const m = simulateConfiguration(oneBulkClient(), 1);
  // One bulk circuit crosses three relays, each writing at most BandwidthRate once its bucket's
  // burst (one second's worth, BandwidthBurst = BandwidthRate) is spent; the bucket refills to
  // the burst whenever the circuit idles (between downloads).
  const perSecond = m.goodput.bytes;
  assert.equal(perSecond.length, 20);
  const ceiling = 3 * (RATE_BITS / 8);
  for (const bytes of perSecond) assert.ok(bytes <= 2 * ceiling, `${bytes} B/s is more than rate + burst`);
  const median = [...perSecond].sort((a, b) => a - b)[10]!;
  // In steady state (most seconds) the relays run at their rate.
  assert.ok(Math.abs(median / ceiling - 1) < 0.01, `median ${median} B/s, rate ${ceiling} B/s`);
});
