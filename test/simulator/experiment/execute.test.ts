import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Scenario } from '../../../grammar';
import { startExperiment } from '../../../simulator/experiment/execute';
import { planRuns } from '../../../simulator/experiment/plan';
import type { RunOutcome } from '../../../simulator/results/build-results';
import { resolveScenario, tinyScenarioText } from '../../support/tiny-scenario';

function scenario(duration: number): Scenario {
  return resolveScenario('/w/exp.tornet', tinyScenarioText({ name: 'exp', duration: `${duration} s`, warmup: '1 s', seeds: 1 }));
}

test('runs every planned run in workers and settles them in plan order, with progress', async () => {
  const plan = planRuns(scenario(4), { variants: [] });
  const progressed = new Set<number>();
  const settled: RunOutcome[] = [];
  const outcomes = await startExperiment(plan, {
    jobs: 2,
    progressEveryNs: 2e9,
    onProgress: (i, p) => {
      assert.equal(p.durationNs, 4e9);
      progressed.add(i);
    },
    onSettled: (_, outcome) => settled.push(outcome),
  }).done;
  assert.deepEqual(outcomes.map((o) => [o.variant, o.status, o.summary?.simulatedSeconds]), [['amap', 'ok', 4], ['kist', 'ok', 4]]);
  assert.ok(outcomes.every((o) => o.summary!.scalars.downloadsCompleted > 0));
  assert.deepEqual([...progressed].sort(), [0, 1]);
  assert.equal(settled.length, 2);
});

test('partial summaries stream while runs go on; cancelled runs keep what they measured, unstarted ones are not run', async () => {
  const plan = planRuns(scenario(60), { variants: [], seeds: 2 });
  const partials: [number, number][] = [];
  const experiment = startExperiment(plan, {
    jobs: 1,
    partialEveryNs: 2e9,
    onPartial: (i, partial) => {
      partials.push([i, partial.simulatedSeconds]);
      if (partial.simulatedSeconds >= 4) experiment.cancel();
    },
  });
  const outcomes = await experiment.done;
  assert.deepEqual(outcomes.map((o) => o.status), ['cancelled', 'not-run', 'not-run', 'not-run']);
  assert.deepEqual(partials.slice(0, 2), [[0, 2], [0, 4]]);
  const stopped = outcomes[0]!.summary!;
  assert.ok(stopped.simulatedSeconds >= 4 && stopped.simulatedSeconds < 60, `stopped at ${stopped.simulatedSeconds} s`);
  assert.ok(stopped.scalars.downloadsCompleted > 0);
  assert.equal(outcomes[1]!.summary, null);
});
