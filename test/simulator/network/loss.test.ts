import { test } from 'node:test';
import assert from 'node:assert/strict';
import { streamFor } from '../../../simulator/engine/rng';
import { createLossModel } from '../../../simulator/network/loss/loss-model';

const MS = 1_000_000;
const kistNormal = { kind: 'latency-proportional', rate: 0.015, referenceLatencyNs: 300 * MS, capLatencyNs: 300 * MS } as const;

function empirical(model: ReturnType<typeof createLossModel>, n: number): number {
  let lost = 0;
  for (let i = 0; i < n; i++) if (model!.drops()) lost++;
  return lost / n;
}

test('constant loss drops the configured fraction, scaled', () => {
  const model = createLossModel({ kind: 'constant', rate: 0.01, scale: 2 }, 10 * MS, streamFor(1, 'c'));
  assert.equal(model!.meanRate, 0.02);
  assert.ok(Math.abs(empirical(model, 200_000) - 0.02) < 0.002);
  assert.equal(createLossModel({ kind: 'none' }, 10 * MS, streamFor(1, 'n')), null);
});

test('KIST latency-proportional loss: 1.5 % per 300 ms, capped at 300 ms; the high variant doubles it up to 3 %', () => {
  // Rounded to 1e-12 to compare exactly despite floating-point division.
  const rate = (spec: Parameters<typeof createLossModel>[0], latency: number): number =>
    Math.round((createLossModel(spec, latency, streamFor(1, 'p'))?.meanRate ?? 0) * 1e12) / 1e12;
  assert.equal(rate(kistNormal, 100 * MS), 0.005);
  assert.equal(rate(kistNormal, 300 * MS), 0.015);
  assert.equal(rate(kistNormal, 900 * MS), 0.015); // capped latency
  const high = { ...kistNormal, scale: 2, maxRate: 0.03 };
  assert.equal(rate(high, 150 * MS), 0.015);
  assert.equal(rate(high, 300 * MS), 0.03);
  assert.equal(rate({ ...high, maxRate: 0.02 }, 300 * MS), 0.02);
});

test('Gilbert–Elliott loss has the stationary mean rate and comes in bursts', () => {
  const spec = { kind: 'gilbert-elliott', pGoodToBad: 0.01, pBadToGood: 0.2, lossGood: 0.001, lossBad: 0.5 } as const;
  const model = createLossModel(spec, 10 * MS, streamFor(3, 'ge'))!;
  const expected = (0.2 / 0.21) * 0.001 + (0.01 / 0.21) * 0.5;
  assert.ok(Math.abs(model.meanRate - expected) < 1e-12);
  const n = 400_000;
  let lost = 0;
  let lostAfterLoss = 0;
  let previous = false;
  for (let i = 0; i < n; i++) {
    const drop = model.drops();
    if (drop) lost++;
    if (drop && previous) lostAfterLoss++;
    previous = drop;
  }
  assert.ok(Math.abs(lost / n - expected) < 0.1 * expected, `rate ${lost / n} vs ${expected}`);
  // Bursty: a loss is far more likely right after a loss than on average.
  assert.ok(lostAfterLoss / lost > 5 * (lost / n));
});
