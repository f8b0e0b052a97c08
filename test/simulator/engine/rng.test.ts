import { test } from 'node:test';
import assert from 'node:assert/strict';
import { streamFor } from '../../../simulator/engine/rng';

const draws = (seed: number, name: string, n: number): number[] => {
  const rng = streamFor(seed, name);
  return Array.from({ length: n }, () => rng.nextUint32());
};

test('the same seed and name give the same sequence', () => {
  assert.deepEqual(draws(42, 'host:relay1', 100), draws(42, 'host:relay1', 100));
});

test('a stream does not depend on which other streams exist or how much they drew', () => {
  const alone = draws(42, 'loss:a->b', 50);
  const other = streamFor(42, 'loss:c->d');
  for (let i = 0; i < 1000; i++) other.nextUint32();
  const again = streamFor(42, 'loss:a->b');
  assert.deepEqual(Array.from({ length: 50 }, () => again.nextUint32()), alone);
});

test('different names and different seeds give unrelated streams', () => {
  const a = draws(1, 'a', 1000);
  const b = draws(1, 'b', 1000);
  const c = draws(2, 'a', 1000);
  const same = (x: number[], y: number[]): number => x.filter((v, i) => v === y[i]).length;
  assert.ok(same(a, b) <= 1 && same(a, c) <= 1);
  // Correlation of the uniform floats across streams is near zero.
  const fa = a.map((v) => v / 2 ** 32 - 0.5);
  const fb = b.map((v) => v / 2 ** 32 - 0.5);
  const corr = fa.reduce((s, v, i) => s + v * fb[i]!, 0) / Math.sqrt(fa.reduce((s, v) => s + v * v, 0) * fb.reduce((s, v) => s + v * v, 0));
  assert.ok(Math.abs(corr) < 0.1, `correlation ${corr}`);
});

test('floats are uniform on [0, 1)', () => {
  const rng = streamFor(9, 'uniform');
  const bins = new Array<number>(10).fill(0);
  const n = 100_000;
  for (let i = 0; i < n; i++) {
    const x = rng.nextFloat();
    assert.ok(x >= 0 && x < 1);
    bins[Math.floor(x * 10)]!++;
  }
  // Chi-square with 9 degrees of freedom: 27.9 is the 0.1 % critical value.
  const chi = bins.reduce((s, count) => s + (count - n / 10) ** 2 / (n / 10), 0);
  assert.ok(chi < 27.9, `chi-square ${chi}`);
});

test('seeds must be safe non-negative integers', () => {
  assert.throws(() => streamFor(-1, 'x'), /seed must be an integer/);
  assert.throws(() => streamFor(1.5, 'x'), /seed must be an integer/);
  assert.doesNotThrow(() => streamFor(2 ** 53 - 1, 'x'));
});
