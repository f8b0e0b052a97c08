// Entry point for running one configuration with one seed. Synchronous: callers that must stay
// responsive (the CLI's and the extension's worker pools) run it in a worker thread.

import type { Configuration } from '../grammar/model/scenario';
import { MetricsRecorder } from './metrics/recorder';
import type { RunMetrics } from './metrics/run-metrics';
import { buildWorld } from './scenario/build-world';

export interface RunProgress {
  readonly simulatedNs: number;
  readonly durationNs: number;
  readonly events: number;
}

export interface SimulateOptions {
  /** Checked between events; when set the run stops early and reports `cancelled: true`. */
  readonly signal?: { readonly aborted: boolean };
  readonly onProgress?: (progress: RunProgress) => void;
  /** Simulated time between progress reports (default 1 s). */
  readonly progressEveryNs?: number;
  /**
   * Simulated time between snapshots of what has been measured so far (none when absent).
   * Snapshots only read the metrics: the run's results are the same with or without them.
   */
  readonly partialEveryNs?: number;
  readonly onPartial?: (partial: RunMetrics) => void;
}

export function simulateConfiguration(config: Configuration, seed: number, options: SimulateOptions = {}): RunMetrics {
  const durationNs = Math.round(config.run.duration * 1e9);
  const warmupNs = Math.round(config.run.warmup * 1e9);
  if (!(durationNs > 0)) throw new Error(`run duration must be positive, got ${config.run.duration} s`);
  if (!(warmupNs >= 0 && warmupNs < durationNs)) throw new Error(`warm-up (${config.run.warmup} s) must be shorter than the duration (${config.run.duration} s)`);
  let recorder: MetricsRecorder | undefined;
  const world = buildWorld(config, seed, (clock) => (recorder = new MetricsRecorder(warmupNs, clock)));
  const sim = world.internet.sim;
  const progressStep = positiveStep(options.progressEveryNs ?? 1_000_000_000, 'progressEveryNs');
  const partialStep = options.partialEveryNs === undefined ? Infinity : positiveStep(options.partialEveryNs, 'partialEveryNs');
  let nextProgress = progressStep;
  let nextPartial = partialStep;
  for (;;) {
    const until = Math.min(nextProgress, nextPartial, durationNs);
    const outcome = sim.run({ untilNs: until, ...(options.signal ? { signal: options.signal } : {}) });
    if (outcome.reason === 'cancelled') {
      options.onProgress?.({ simulatedNs: sim.now, durationNs, events: sim.eventCount });
      return recorder!.build(seed, Math.min(sim.now, durationNs), sim.eventCount, 'cancelled');
    }
    if (until === nextProgress || until === durationNs) {
      options.onProgress?.({ simulatedNs: sim.now, durationNs, events: sim.eventCount });
      nextProgress += progressStep;
    }
    if (until >= durationNs) break;
    if (until === nextPartial) {
      options.onPartial?.(recorder!.build(seed, sim.now, sim.eventCount, 'running'));
      nextPartial += partialStep;
    }
  }
  return recorder!.build(seed, durationNs, sim.eventCount, 'complete');
}

function positiveStep(ns: number, name: string): number {
  if (!(ns > 0)) throw new RangeError(`${name} must be positive, got ${ns}`);
  return Math.round(ns);
}
