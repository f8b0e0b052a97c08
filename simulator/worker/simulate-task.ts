// The task of the simulation worker: one configuration with one seed.

import type { Configuration } from '../../grammar/model/scenario';
import type { RunSummary } from '../results/types';

export interface SimulateTask {
  readonly config: Configuration;
  readonly seed: number;
  /** Simulated time between progress messages. */
  readonly progressEveryNs: number;
  /** Simulated time between partial results (what has been measured so far); none when absent. */
  readonly partialEveryNs?: number;
}

export type SimulateResult = RunSummary;

/** Where the worker entry lives: beside this file from source (tsx), or beside the bundle (dist/). */
export function simulateWorkerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./simulate-worker.ts', import.meta.url) : new URL('./simulate-worker.cjs', import.meta.url);
}
