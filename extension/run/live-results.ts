// The results of a run while it streams: every planned run's latest state (not started,
// running with partial metrics, settled) assembled into a ResultsFile by the shared builder,
// so the panel shows live what will be written at the end.

import type { PlannedRun } from '../../simulator/experiment/plan';
import { buildResults, type ResultsInput, type RunOutcome } from '../../simulator/results/build-results';
import type { ResultsFile, RunSummary } from '../../simulator/results/types';

export type RunDescription = Omit<ResultsInput, 'outcomes' | 'finishedAt'>;

export class LiveResults {
  private readonly outcomes: RunOutcome[];

  constructor(
    private readonly description: RunDescription,
    plan: readonly PlannedRun[],
  ) {
    this.outcomes = plan.map((run) => ({ experiment: run.experiment, variant: run.variant, seed: run.seed, status: 'not-run', error: null, summary: null, durationMs: null }));
  }

  partial(index: number, summary: RunSummary): void {
    const outcome = this.outcomes[index]!;
    // A late partial never replaces a settled outcome.
    if (outcome.status === 'not-run' || outcome.status === 'running') this.outcomes[index] = { ...outcome, status: 'running', summary };
  }

  settled(index: number, outcome: RunOutcome): void {
    this.outcomes[index] = outcome;
  }

  /** Failed runs with their errors, in plan order. */
  failures(): RunOutcome[] {
    return this.outcomes.filter((outcome) => outcome.status === 'failed');
  }

  results(finishedAt: Date, outcomes: readonly RunOutcome[] = this.outcomes): ResultsFile {
    return buildResults({ ...this.description, outcomes, finishedAt });
  }
}
