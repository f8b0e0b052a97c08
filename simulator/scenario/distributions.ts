// Draws from the scenario model's distribution specifications with a given stream.

import type { Distribution } from '../../grammar/model/scenario';
import type { Rng } from '../engine/rng';

export function sample(d: Distribution, rng: Rng): number {
  switch (d.type) {
    case 'constant':
      return d.value;
    case 'uniform':
      return d.min + (d.max - d.min) * rng.nextFloat();
    case 'exponential':
      return -d.mean * Math.log(1 - rng.nextFloat());
    case 'normal':
      return d.mean + d.sd * standardNormal(rng);
    case 'lognormal':
      return d.median * Math.exp(d.sigma * standardNormal(rng));
    case 'pareto':
      return d.scale / Math.pow(1 - rng.nextFloat(), 1 / d.shape);
    case 'choice':
      return choose(d.options, rng);
  }
}

/** Draws a string-valued distribution (constant or choice), e.g. a location. */
export function sampleName(d: Distribution<string>, rng: Rng, what: string): string {
  if (d.type === 'constant') return d.value;
  if (d.type === 'choice') return choose(d.options, rng);
  throw new Error(`${what} must be a name or choice(…) of names, not a ${d.type} distribution`);
}

function choose<T>(options: readonly { readonly value: T; readonly weight: number }[], rng: Rng): T {
  let total = 0;
  for (const o of options) total += o.weight;
  let x = rng.nextFloat() * total;
  for (const o of options) {
    x -= o.weight;
    if (x < 0) return o.value;
  }
  return options[options.length - 1]!.value;
}

/** Box–Muller with two fresh uniforms per draw (no cached second value, so draws stay independent of call order). */
function standardNormal(rng: Rng): number {
  const u = 1 - rng.nextFloat();
  const v = rng.nextFloat();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
