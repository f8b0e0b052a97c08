import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatQuantity, UNITS, unitInfo, unitsOf } from '../../../grammar/semantic/units';
import { clean, NETWORK } from './check-helper';

test('every unit normalises to seconds, bytes, bits/s or a fraction', () => {
  const expected: Record<string, number> = {
    µs: 1e-6, us: 1e-6, ms: 1e-3, s: 1, min: 60, h: 3600,
    B: 1, KB: 1000, KiB: 1024, MB: 1e6, MiB: 1048576, GB: 1e9, GiB: 1073741824, cells: 514,
    'bit/s': 1, 'kbit/s': 1e3, 'Mbit/s': 1e6, 'Gbit/s': 1e9,
    'KB/s': 8000, 'KiB/s': 8192, 'MB/s': 8e6, 'MiB/s': 8388608, 'GB/s': 8e9, 'GiB/s': 8589934592,
    '%': 0.01,
  };
  assert.deepEqual(Object.keys(UNITS).sort(), Object.keys(expected).sort());
  for (const [unit, factor] of Object.entries(expected)) assert.equal(unitInfo(unit)!.factor, factor, unit);
  assert.equal(unitInfo('parsecs'), undefined);
  assert.deepEqual(unitsOf('fraction'), ['%']);
});

test('values in a scenario are normalised in the model', () => {
  const model = clean(`${NETWORK}
scenario { duration 1.5 h; warmup 90 s }
defaults relay { socket-scheduler kist { interval 2500 us; global-write-limit 64 KiB } }
relays big x 1 { bandwidth 8 MiB/s; burst 100 Mbit/s }
clients web x 2 { fetch 2 cells; think 1500 ms }`);
  assert.equal(model.base.run.duration, 5400);
  assert.equal(model.base.run.warmup, 90);
  const big = model.base.relays.find((group) => group.name === 'big')!;
  assert.deepEqual(big.bandwidth, { type: 'constant', value: 8 * 8 * 1024 * 1024 });
  assert.deepEqual(big.burst, { type: 'constant', value: 1e8 });
  assert.deepEqual(big.socketScheduler, { type: 'kist', interval: 0.0025, socketBufferFactor: 1, globalWriteLimit: 65536 });
  const web = model.base.clients.find((group) => group.name === 'web')!;
  assert.deepEqual(web.fetch, { type: 'constant', value: 1028 });
  assert.deepEqual(web.think, { type: 'constant', value: 1.5 });
});

test('quantities are formatted back with a readable unit', () => {
  assert.equal(formatQuantity(0.01, 'time'), '10 ms');
  assert.equal(formatQuantity(90, 'time'), '90 s');
  assert.equal(formatQuantity(0, 'time'), '0 s');
  assert.equal(formatQuantity(0.015, 'fraction'), '1.5 %');
  assert.equal(formatQuantity(1e9, 'rate'), '1 Gbit/s');
  assert.equal(formatQuantity(32768, 'size'), '32 KiB');
  assert.equal(formatQuantity(7, undefined), '7');
});
