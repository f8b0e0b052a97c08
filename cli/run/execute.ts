// Runs the planned runs through the shared experiment orchestration with a progress view, and
// turns Ctrl-C (SIGINT) into a clean cancellation: running simulations stop with their partial
// metrics, finished runs are kept.

import { startExperiment } from '../../simulator/experiment/execute';
import type { PlannedRun } from '../../simulator/experiment/plan';
import { ProgressTracker } from '../../simulator/experiment/progress';
import type { RunOutcome } from '../../simulator/results/build-results';
import type { ProgressView } from './progress';

export interface Execution {
  readonly outcomes: RunOutcome[];
  readonly interrupted: boolean;
}

export async function executeRuns(plan: readonly PlannedRun[], jobs: number, view: ProgressView): Promise<Execution> {
  const tracker = new ProgressTracker(plan.map((run) => run.config.run.duration * 1e9));
  const name = (i: number) => `${plan[i]!.experiment}/${plan[i]!.variant} seed ${plan[i]!.seed}`;
  const experiment = startExperiment(plan, {
    jobs,
    onProgress: (i, progress) => {
      tracker.advance(i, progress.simulatedNs);
      view.update(tracker);
    },
    onSettled: (i, outcome) => {
      tracker.settle(i);
      if (outcome.status === 'failed') view.note(`run ${name(i)} failed: ${outcome.error!.split('\n')[0]}`);
      else if (outcome.status === 'ok') view.note(`run ${name(i)} done in ${(outcome.durationMs! / 1000).toFixed(1)} s`);
      else if (outcome.status === 'cancelled') view.note(`run ${name(i)} stopped ${stoppedAt(outcome, plan[i]!)}`);
      view.update(tracker);
    },
  });
  let interrupted = false;
  const onSigint = () => {
    if (!interrupted) view.note('interrupted: stopping running simulations; finished runs are kept');
    interrupted = true;
    experiment.cancel();
  };
  process.on('SIGINT', onSigint);
  try {
    return { outcomes: await experiment.done, interrupted };
  } finally {
    process.off('SIGINT', onSigint);
    view.stop();
  }
}

function stoppedAt(outcome: RunOutcome, run: PlannedRun): string {
  if (!outcome.summary) return 'before its first report: nothing measured';
  return `at ${outcome.summary.simulatedSeconds} s of ${run.config.run.duration} s simulated: its partial metrics are written`;
}
