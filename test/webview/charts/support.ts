// Results built from hand-made runs of the tiny scenario, for the chart builders.

import { buildResults, type RunOutcome } from '../../../simulator/results/build-results';
import { summariseRun } from '../../../simulator/results/summarise-run';
import type { ResultsFile } from '../../../simulator/results/types';
import { download, runMetrics, tinyScenario, TINY_SCENARIO } from '../../simulator/results/support';

const model = tinyScenario();

/** Queue-time samples of one run, in ns. */
export interface QueueSamples {
  readonly kernelQueueNs: number[];
  readonly torQueueNs: number[];
}

const DEFAULT_QUEUES: QueueSamples = { kernelQueueNs: [1e6], torQueueNs: [0, 0, 5e6] };

/** Variant → web TTLB (ms) per seed; perf downloads of both sizes; queue times including zeros (the same for every run unless `queues` gives a variant's, per seed). */
export function resultsOf(ttlbBySeed: Record<string, number[]>, queues: Record<string, QueueSamples[]> = {}): ResultsFile {
  const outcomes: RunOutcome[] = Object.entries(ttlbBySeed).flatMap(([variant, values]) =>
    values.map((ms, i): RunOutcome => {
      const config = model.experiments[0]!.variants.find((v) => v.name === variant)!.config;
      const downloads = [download('web', 327680, ms / 4, ms), download('web', 327680, ms / 2, ms * 2), download('perf', 51200, 5, 50), download('perf', 1048576, 5, 900)];
      const metrics = runMetrics({ seed: i + 1, downloads, goodputBytes: [1e6, 2e6 + i], ...(queues[variant]?.[i] ?? DEFAULT_QUEUES) });
      return { experiment: 'cmp', variant, seed: i + 1, status: 'ok', error: null, summary: summariseRun(metrics, config), durationMs: 1 };
    }),
  );
  return buildResults({
    tool: { name: 'tornet', version: 'test' },
    scenarioPath: 'tiny.tornet',
    scenarioText: TINY_SCENARIO,
    model,
    outcomes,
    startedAt: new Date(0),
    finishedAt: new Date(1),
    jobs: 1,
  });
}

/** Per seed, `waiting` of 9 cells wait `ms` each in the kernel, the others ≈ 0 (below a microsecond). */
export const kernelQueues = (waiting: number, ...msPerSeed: number[]): QueueSamples[] =>
  msPerSeed.map((ms) => ({ kernelQueueNs: Array.from({ length: 9 }, (_, i) => (i < waiting ? ms * 1e6 : 100)), torQueueNs: [5e6] }));
