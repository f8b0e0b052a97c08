import assert from 'node:assert/strict';
import { test } from 'node:test';
import { streamFor } from '../../../simulator/engine/rng';
import { sample, sampleName } from '../../../simulator/scenario/distributions';

function draws(d: Parameters<typeof sample>[0], n = 20000): number[] {
  const rng = streamFor(1, 'd');
  return Array.from({ length: n }, () => sample(d, rng));
}
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

test('distribution draws have the specified centre', () => {
  assert.ok(Math.abs(mean(draws({ type: 'uniform', min: 1, max: 60 })) - 30.5) < 0.5);
  assert.ok(Math.abs(mean(draws({ type: 'exponential', mean: 2 })) - 2) < 0.06);
  assert.ok(Math.abs(mean(draws({ type: 'normal', mean: 5, sd: 1 })) - 5) < 0.03);
  assert.ok(Math.abs(median(draws({ type: 'lognormal', median: 8, sigma: 0.9 })) / 8 - 1) < 0.03);
  assert.ok(Math.min(...draws({ type: 'pareto', scale: 3, shape: 2 })) >= 3);
  const choice = draws({ type: 'choice', options: [{ value: 1, weight: 3 }, { value: 2, weight: 1 }] });
  assert.ok(Math.abs(choice.filter((x) => x === 1).length / choice.length - 0.75) < 0.02);
  assert.deepEqual(draws({ type: 'constant', value: 7 }, 3), [7, 7, 7]);
});

test('names come from constants or choices only', () => {
  const rng = streamFor(1, 'n');
  assert.equal(sampleName({ type: 'constant', value: 'east' }, rng, 'x'), 'east');
  assert.throws(() => sampleName({ type: 'uniform', min: 0, max: 1 }, rng, 'relays guard location'), /relays guard location must be a name or choice/);
});
