// Which runs an experiment makes (for `tornet run` and the extension): the chosen experiments'
// chosen variants × seeds. A scenario without experiments runs its base configuration as one
// variant named `base`.

import type { Configuration, Scenario } from '../../grammar/model/scenario';

export interface PlannedRun {
  readonly experiment: string;
  readonly variant: string;
  readonly seed: number;
  readonly config: Configuration;
}

export interface PlanOptions {
  readonly experiment?: string;
  /** Variant names to run; empty means all. */
  readonly variants: readonly string[];
  /** Run seeds 1..N instead of the scenario's seed list. */
  readonly seeds?: number;
}

/** A request that names something the scenario does not have. */
export class PlanError extends Error {}

const BASE = 'base';

export function planRuns(model: Scenario, options: PlanOptions): PlannedRun[] {
  const experiments = model.experiments.length > 0
    ? model.experiments.map((e) => ({ name: e.name, variants: e.variants.map((v) => ({ name: v.name, config: v.config })) }))
    : [{ name: BASE, variants: [{ name: BASE, config: model.base }] }];

  const chosen = options.experiment === undefined ? experiments : experiments.filter((e) => e.name === options.experiment);
  if (chosen.length === 0) throw new PlanError(`no experiment '${options.experiment}' (experiments: ${experiments.map((e) => e.name).join(', ')})`);

  const known = chosen.flatMap((e) => e.variants.map((v) => v.name));
  const unknown = options.variants.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new PlanError(`no variant ${unknown.map((n) => `'${n}'`).join(', ')} (variants: ${known.join(', ')})`);
  }
  const wanted = (name: string) => options.variants.length === 0 || options.variants.includes(name);
  const seeds = (config: Configuration) => (options.seeds === undefined ? config.run.seeds : Array.from({ length: options.seeds }, (_, i) => i + 1));

  return chosen.flatMap((experiment) =>
    experiment.variants.filter((v) => wanted(v.name)).flatMap((variant) =>
      seeds(variant.config).map((seed) => ({ experiment: experiment.name, variant: variant.name, seed, config: variant.config })),
    ),
  );
}

export interface RunLength {
  /** Simulated seconds per run instead of the scenario's. */
  readonly duration?: number;
  /** Warm-up seconds instead of the scenario's. */
  readonly warmup?: number;
}

/**
 * The scenario with every configuration's duration and/or warm-up replaced — a quick look at a
 * long experiment. The results then record the changed model, so a reader sees what was run.
 */
export function withRunLength(model: Scenario, length: RunLength): Scenario {
  if (length.duration === undefined && length.warmup === undefined) return model;
  const change = (config: Configuration): Configuration => {
    const run = { ...config.run, duration: length.duration ?? config.run.duration, warmup: length.warmup ?? config.run.warmup };
    if (!(run.duration > 0)) throw new PlanError(`the duration must be positive, got ${run.duration} s`);
    if (!(run.warmup >= 0 && run.warmup < run.duration)) throw new PlanError(`the warm-up (${run.warmup} s) must be shorter than the duration (${run.duration} s)`);
    return { ...config, run };
  };
  return {
    ...model,
    base: change(model.base),
    experiments: model.experiments.map((experiment) => ({
      ...experiment,
      variants: experiment.variants.map((variant) => ({ ...variant, config: change(variant.config) })),
    })),
  };
}
