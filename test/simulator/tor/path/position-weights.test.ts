import assert from 'node:assert/strict';
import { test } from 'node:test';
import { positionWeights } from '../../../../simulator/tor/path/position-weights';

test('case 1 (neither scarce): D split in thirds, Wee and Wmg balance the positions', () => {
  // G = E = 4000, M = 1000, D = 1000: T = 10000, E and G ≥ T/3.
  const w = positionWeights({ G: 4000, M: 1000, E: 4000, D: 1000 });
  assert.equal(w.case, '1');
  assert.equal(w.Wgd, 3333);
  assert.equal(w.Wed, 3333);
  assert.equal(w.Wee, 7500); // 10000·(4000+4000+1000)/(3·4000)
  assert.equal(w.Wme, 2500);
  assert.equal(w.Wmg, 2500); // 10000·(8000−4000−1000)/(3·4000)
  assert.equal(w.Wgg, 7500);
  // Guard, middle and exit capacity come out equal (T/3 each, up to integer rounding).
  const guard = 4000 * w.Wgg + 1000 * w.Wgd;
  const exit = 4000 * w.Wee + 1000 * w.Wed;
  const middle = 4000 * w.Wmg + 1000 * w.Wmm + 4000 * w.Wme + 1000 * w.Wmd;
  for (const x of [guard, exit, middle]) assert.ok(Math.abs(x / 10000 - 10000 / 3) < 1);
});

test('case 3b (exit-scarce) reproduces the January 2026 consensus weights', () => {
  // Inputs derived by hand from the published weights: Wgg = (G+M)/(2G) = 0.5875 gives
  // M = 0.175·G; Wed = (D−2E+G+M)/(3D) = 0.7774 fixes E for a chosen D.
  const w = positionWeights({ G: 1_000_000, M: 175_000, E: 520_882, D: 100_000 });
  assert.equal(w.case, '3b');
  assert.deepEqual(
    { Wgg: w.Wgg, Wmg: w.Wmg, Wee: w.Wee, Wme: w.Wme, Wed: w.Wed, Wgd: w.Wgd, Wmd: w.Wmd, Wmm: w.Wmm },
    { Wgg: 5875, Wmg: 4125, Wee: 10000, Wme: 0, Wed: 7774, Wgd: 1113, Wmd: 1113, Wmm: 10000 },
  );
});

test('case 3a: an exit class too small even with all of D gets all of D', () => {
  const w = positionWeights({ G: 6000, M: 3000, E: 500, D: 500 });
  assert.equal(w.case, '3a');
  assert.equal(w.Wed, 10000);
  assert.equal(w.Wgd, 0);
  assert.equal(w.Wee, 10000);
  assert.equal(w.Wgg, 7500); // (6000+3000)/(2·6000)
});

test('case 2a: both scarce and D cannot balance them: D goes to the scarcer class', () => {
  const w = positionWeights({ G: 2000, M: 7000, E: 500, D: 500 });
  assert.equal(w.case, '2a');
  assert.equal(w.Wed, 10000);
  assert.equal(w.Wgd, 0);
  assert.equal(w.Wgg, 10000);
  assert.equal(w.Wee, 10000);
  assert.equal(w.Wmg, 0);
});

test('case 2b: both scarce, D splits so that guard, middle and exit each reach T/3', () => {
  const w = positionWeights({ G: 3000, M: 3000, E: 3000, D: 1000 });
  assert.equal(w.case, '2b');
  assert.equal(w.Wgd, 3333); // (1000−6000+3000+3000)/(3·1000)
  assert.equal(w.Wed, 3333);
  assert.equal(w.Wmd, 3334);
  assert.equal(w.Wgg, 10000);
  assert.equal(w.Wee, 10000);
});

test('case 2b with a middle class above T/3: D goes to guard and exit only, balancing them', () => {
  const w = positionWeights({ G: 2500, M: 4000, E: 2000, D: 1500 });
  assert.equal(w.case, '2b');
  assert.equal(w.Wmd, 0);
  assert.equal(w.Wgd, 3333); // (D+E−G)/(2D) = 1000/3000: guard 2500+500 = exit 2000+1000
  assert.equal(w.Wed, 6667);
});

test('case 2b without Guard+Exit bandwidth has nothing to split (no division by zero)', () => {
  const w = positionWeights({ G: 1000, M: 5000, E: 1000, D: 0 });
  assert.equal(w.case, '2b');
  assert.deepEqual([w.Wgd, w.Wed, w.Wmd], [0, 0, 0]);
});

test('relays without bandwidth are refused', () => {
  assert.throws(() => positionWeights({ G: 0, M: 0, E: 0, D: 0 }), /no bandwidth/);
});
