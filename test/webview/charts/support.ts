// Results built from hand-made runs of the tiny scenario, for the chart builders.

import { buildResults, type RunOutcome } from '../../../simulator/results/build-results';
import { summariseRun } from '../../../simulator/results/summarise-run';
import type { ResultsFile } from '../../../simulator/results/types';
import { download, runMetrics, tinyScenario, TINY_SCENARIO } from '../../simulator/results/support';

const model = tinyScenario();

/** Variant → web TTLB (ms) per seed; perf downloads of both sizes; queue times including zeros. */
export function resultsOf(ttlbBySeed: Record<string, number[]>): ResultsFile {
  const outcomes: RunOutcome[] = Object.entries(ttlbBySeed).flatMap(([variant, values]) =>
    values.map((ms, i): RunOutcome => {
      const config = model.experiments[0]!.variants.find((v) => v.name === variant)!.config;
      const downloads = [download('web', 327680, ms / 4, ms), download('web', 327680, ms / 2, ms * 2), download('perf', 51200, 5, 50), download('perf', 1048576, 5, 900)];
      const metrics = runMetrics({ seed: i + 1, downloads, goodputBytes: [1e6, 2e6 + i], torQueueNs: [0, 0, 5e6], kernelQueueNs: [1e6] });
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
