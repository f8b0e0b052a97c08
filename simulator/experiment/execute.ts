// Runs the planned (variant, seed) runs of an experiment in the simulation worker pool, streaming
// progress, partial metrics and each run's outcome. Shared by `tornet run` and the extension;
// process concerns (signals, terminals) stay with the caller, which stops the runs by cancel().

import type { RunOutcome } from '../results/build-results';
import type { RunSummary } from '../results/types';
import { runPool, type PoolProgress, type TaskOutcome } from '../worker/pool';
import { simulateWorkerUrl, type SimulateResult, type SimulateTask } from '../worker/simulate-task';
import type { PlannedRun } from './plan';

/** Simulated time between progress reports unless the caller asks otherwise. */
const DEFAULT_PROGRESS_EVERY_NS = 1e9;

export interface ExperimentCallbacks {
  onProgress?(index: number, progress: PoolProgress): void;
  /** Live metrics of a running run (only when `partialEveryNs` is given). */
  onPartial?(index: number, partial: RunSummary): void;
  onSettled?(index: number, outcome: RunOutcome): void;
}

export interface ExperimentOptions extends ExperimentCallbacks {
  readonly jobs: number;
  /** Simulated time between progress reports (default 1 s). */
  readonly progressEveryNs?: number;
  /** Simulated time between partial metrics of a running run; none when absent. */
  readonly partialEveryNs?: number;
}

export interface RunningExperiment {
  /** One outcome per planned run, in plan order, once every run has settled. */
  readonly done: Promise<RunOutcome[]>;
  /** Stops running runs (they keep their partial metrics) and skips the ones not started. */
  cancel(): void;
}

export function startExperiment(plan: readonly PlannedRun[], options: ExperimentOptions): RunningExperiment {
  const tasks: SimulateTask[] = plan.map((run) => ({
    config: run.config,
    seed: run.seed,
    progressEveryNs: options.progressEveryNs ?? DEFAULT_PROGRESS_EVERY_NS,
    ...(options.partialEveryNs !== undefined ? { partialEveryNs: options.partialEveryNs } : {}),
  }));
  const pool = runPool<SimulateTask, SimulateResult>({
    entry: simulateWorkerUrl(),
    tasks,
    jobs: options.jobs,
    ...(options.onProgress ? { onProgress: (i: number, progress: PoolProgress) => options.onProgress!(i, progress) } : {}),
    ...(options.onPartial ? { onPartial: (i: number, partial: SimulateResult) => options.onPartial!(i, partial) } : {}),
    ...(options.onSettled ? { onSettled: (i: number, outcome: TaskOutcome<SimulateResult>) => options.onSettled!(i, toRunOutcome(plan[i]!, outcome)) } : {}),
  });
  return {
    done: pool.done.then((settled) => settled.map((outcome, i) => toRunOutcome(plan[i]!, outcome))),
    cancel: () => pool.cancel(),
  };
}

function toRunOutcome(run: PlannedRun, outcome: TaskOutcome<SimulateResult>): RunOutcome {
  const base = { experiment: run.experiment, variant: run.variant, seed: run.seed };
  switch (outcome.status) {
    case 'ok':
      return { ...base, status: 'ok', error: null, summary: outcome.result, durationMs: outcome.durationMs };
    case 'failed':
      return { ...base, status: 'failed', error: outcome.error, summary: null, durationMs: outcome.durationMs };
    case 'cancelled':
      return { ...base, status: 'cancelled', error: null, summary: outcome.partial, durationMs: outcome.durationMs };
    case 'not-run':
      return { ...base, status: 'not-run', error: null, summary: null, durationMs: null };
  }
}
