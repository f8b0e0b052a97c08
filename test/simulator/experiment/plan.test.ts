import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Scenario } from '../../../grammar';
import { PlanError, planRuns, withRunLength } from '../../../simulator/experiment/plan';
import { resolveScenario, tinyScenarioText } from '../../support/tiny-scenario';

function scenario(experiments: string): Scenario {
  return resolveScenario('/w/plan.tornet', tinyScenarioText({ name: 'plan', duration: '5 s', warmup: '1 s', seeds: 2, experiments }));
}

const EXPERIMENTS = `experiment sched {
  baseline amap
  vary socket-scheduler [amap: vanilla, kist: kist]
}
experiment load {
  vary load [low: 0.5, high: 2]
}
`;

const names = (runs: ReturnType<typeof planRuns>) => runs.map((r) => `${r.experiment}/${r.variant}/${r.seed}`);

test('every experiment × variant × the scenario\'s seeds, in declaration order', () => {
  const runs = planRuns(scenario(EXPERIMENTS), { variants: [] });
  assert.deepEqual(names(runs), ['sched/amap/1', 'sched/amap/2', 'sched/kist/1', 'sched/kist/2', 'load/low/1', 'load/low/2', 'load/high/1', 'load/high/2']);
  assert.equal(runs[2]!.config.relays[0]!.socketScheduler.type, 'kist');
  assert.equal(runs[0]!.config.relays[0]!.socketScheduler.type, 'vanilla');
  assert.equal(runs[6]!.config.clients[0]!.count, 4);
});

test('one experiment, chosen variants, seeds 1..N', () => {
  const runs = planRuns(scenario(EXPERIMENTS), { experiment: 'sched', variants: ['kist'], seeds: 3 });
  assert.deepEqual(names(runs), ['sched/kist/1', 'sched/kist/2', 'sched/kist/3']);
});

test('a scenario without experiments runs its base configuration as variant base', () => {
  assert.deepEqual(names(planRuns(scenario(''), { variants: [] })), ['base/base/1', 'base/base/2']);
});

test('unknown experiments and variants are refused with the valid names', () => {
  assert.throws(() => planRuns(scenario(EXPERIMENTS), { experiment: 'nope', variants: [] }), (e: unknown) => e instanceof PlanError && /no experiment 'nope' \(experiments: sched, load\)/.test(e.message));
  assert.throws(() => planRuns(scenario(EXPERIMENTS), { experiment: 'sched', variants: ['low', 'x'] }), /no variant 'low', 'x' \(variants: amap, kist\)/);
});

test('withRunLength replaces the duration and warm-up of the base and every variant, and refuses a warm-up as long as the run', () => {
  const model = scenario(EXPERIMENTS);
  const lengths = (m: Scenario) => [m.base, ...m.experiments.flatMap((e) => e.variants.map((v) => v.config))].map((c) => [c.run.duration, c.run.warmup]);
  assert.deepEqual(lengths(withRunLength(model, { duration: 3 })), Array(5).fill([3, 1]));
  assert.deepEqual(lengths(withRunLength(model, { duration: 9, warmup: 2 })), Array(5).fill([9, 2]));
  assert.equal(withRunLength(model, {}), model);
  assert.deepEqual(lengths(model), Array(5).fill([5, 1]), 'the scenario itself is unchanged');
  assert.throws(() => withRunLength(model, { warmup: 5 }), (e: unknown) => e instanceof PlanError && /the warm-up \(5 s\) must be shorter than the duration \(5 s\)/.test(e.message));
});
