// Entry point for running one configuration with one seed. Synchronous: callers that must stay
// responsive (the CLI's and the extension's worker pools) run it in a worker thread.

import type { Configuration } from '../grammar/model/scenario';
import type { RunMetrics } from './metrics/run-metrics';

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
}

export function simulateConfiguration(config: Configuration, seed: number, options: SimulateOptions = {}): RunMetrics {
  void config;
  void seed;
  void options;
  throw new Error('running Tor scenarios is not implemented yet (simulator/run.ts: the Tor layer is being built)');
}
