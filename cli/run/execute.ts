// Runs the planned (variant, seed) runs in the simulation worker pool with progress, and turns
// Ctrl-C (SIGINT) into a clean cancellation: running simulations stop, finished runs are kept.

import type { RunOutcome } from '../../simulator/results/build-results';
import { runPool, type TaskOutcome } from '../../simulator/worker/pool';
import { simulateWorkerUrl, type SimulateResult, type SimulateTask } from '../../simulator/worker/simulate-task';
import type { PlannedRun } from './plan';
import { ProgressTracker, type ProgressView } from './progress';

const PROGRESS_EVERY_NS = 1e9;

export interface Execution {
  readonly outcomes: RunOutcome[];
  readonly interrupted: boolean;
}

export async function executeRuns(plan: readonly PlannedRun[], jobs: number, view: ProgressView): Promise<Execution> {
  const tracker = new ProgressTracker(plan.map((run) => run.config.run.duration * 1e9));
  const tasks: SimulateTask[] = plan.map((run) => ({ config: run.config, seed: run.seed, progressEveryNs: PROGRESS_EVERY_NS }));
  const name = (i: number) => `${plan[i]!.experiment}/${plan[i]!.variant} seed ${plan[i]!.seed}`;
  const pool = runPool<SimulateTask, SimulateResult>({
    entry: simulateWorkerUrl(),
    tasks,
    jobs,
    onProgress: (i, progress) => {
      tracker.advance(i, progress.simulatedNs);
      view.update(tracker);
    },
    onSettled: (i, outcome) => {
      tracker.settle(i);
      if (outcome.status === 'failed') view.note(`run ${name(i)} failed: ${outcome.error.split('\n')[0]}`);
      else if (outcome.status === 'ok') view.note(`run ${name(i)} done in ${(outcome.durationMs / 1000).toFixed(1)} s`);
      view.update(tracker);
    },
  });
  let interrupted = false;
  const onSigint = () => {
    if (!interrupted) view.note('interrupted: stopping running simulations; finished runs are kept');
    interrupted = true;
    pool.cancel();
  };
  process.on('SIGINT', onSigint);
  try {
    const settled = await pool.done;
    return { outcomes: settled.map((outcome, i) => toRunOutcome(plan[i]!, outcome)), interrupted };
  } finally {
    process.off('SIGINT', onSigint);
    view.stop();
  }
}

function toRunOutcome(run: PlannedRun, outcome: TaskOutcome<SimulateResult>): RunOutcome {
  const base = { experiment: run.experiment, variant: run.variant, seed: run.seed };
  switch (outcome.status) {
    case 'ok':
      return { ...base, status: 'ok', error: null, summary: outcome.result, durationMs: outcome.durationMs };
    case 'failed':
      return { ...base, status: 'failed', error: outcome.error, summary: null, durationMs: outcome.durationMs };
    case 'cancelled':
      return { ...base, status: 'cancelled', error: null, summary: null, durationMs: outcome.durationMs };
    case 'not-run':
      return { ...base, status: 'not-run', error: null, summary: null, durationMs: null };
  }
}
