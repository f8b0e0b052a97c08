// Assembles results.json from the outcomes of a set of runs (in the order they were planned):
// runs grouped by experiment and variant, aggregates across each variant's completed seeds,
// changes vs each experiment's baseline, and the wall-clock facts kept apart.

import { createHash } from 'node:crypto';
import type { Scenario } from '../../grammar/model/scenario';
import { aggregateRuns, withChangeVs } from './aggregate';
import { statisticsMethod } from './method';
import {
  RESULTS_FORMAT,
  RESULTS_VERSION,
  type ExperimentResults,
  type ResultsFile,
  type RunStatus,
  type RunSummary,
  type VariantAggregate,
  type VariantResults,
} from './types';

export interface RunOutcome {
  readonly experiment: string;
  readonly variant: string;
  readonly seed: number;
  readonly status: RunStatus;
  readonly error: string | null;
  readonly summary: RunSummary | null;
  /** Wall-clock time the run took, or null if it never started. */
  readonly durationMs: number | null;
}

export interface ResultsInput {
  readonly tool: { readonly name: string; readonly version: string };
  /** The scenario file as the researcher names it (workspace- or cwd-relative), never machine-specific. */
  readonly scenarioPath: string;
  readonly scenarioText: string;
  readonly model: Scenario;
  readonly outcomes: readonly RunOutcome[];
  readonly startedAt: Date;
  readonly finishedAt: Date;
  readonly jobs: number;
}

export function buildResults(input: ResultsInput): ResultsFile {
  const experiments = groupBy(input.outcomes, (o) => o.experiment).map(([name, outcomes]) => experimentResults(input.model, name, outcomes));
  const firstSeries = input.outcomes.find((o) => o.summary)?.summary?.goodputSeries;
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    tool: input.tool,
    scenario: {
      path: input.scenarioPath,
      sha256: createHash('sha256').update(input.scenarioText).digest('hex'),
      // The model records where it was read from as an absolute path or URI; results carry the
      // recorded scenario path instead, so two checkouts of the same file give the same results.
      model: { ...input.model, source: input.scenarioPath },
    },
    complete: input.outcomes.every((o) => o.status === 'ok'),
    statistics: statisticsMethod(firstSeries ? firstSeries.bucketSeconds : null),
    experiments,
    wallClock: {
      startedAt: input.startedAt.toISOString(),
      finishedAt: input.finishedAt.toISOString(),
      durationMs: input.finishedAt.getTime() - input.startedAt.getTime(),
      jobs: input.jobs,
      runs: input.outcomes.flatMap((o) =>
        o.durationMs === null ? [] : [{ experiment: o.experiment, variant: o.variant, seed: o.seed, durationMs: o.durationMs }],
      ),
    },
  };
}

function experimentResults(model: Scenario, name: string, outcomes: readonly RunOutcome[]): ExperimentResults {
  const baseline = model.experiments.find((experiment) => experiment.name === name)?.baseline ?? null;
  const variants = groupBy(outcomes, (o) => o.variant).map(([variant, runs]): VariantResults => {
    const done = runs.filter((run) => run.status === 'ok' && run.summary);
    const labels = model.experiments.find((e) => e.name === name)?.variants.find((v) => v.name === variant)?.labels ?? {};
    return {
      name: variant,
      labels,
      runs: runs.map((run) => ({ seed: run.seed, status: run.status, error: run.error, summary: run.summary })),
      aggregate: done.length === 0 ? null : aggregateRuns(done.map((run) => run.seed), done.map((run) => run.summary!)),
    };
  });
  const base: VariantAggregate | null = variants.find((variant) => variant.name === baseline)?.aggregate ?? null;
  return {
    name,
    baseline,
    variants: base
      ? variants.map((variant) => (variant.aggregate ? { ...variant, aggregate: withChangeVs(variant.aggregate, base) } : variant))
      : variants,
  };
}

/** Groups in order of first appearance. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.entries()];
}
