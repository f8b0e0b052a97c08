import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDocument, MemoryFileSystem, type Scenario } from '../../../grammar';
import { PlanError, planRuns, withRunLength } from '../../../simulator/experiment/plan';

const NETWORK = `internet {
  location here { access 100 Mbit/s }
}
relays guard x 2 { bandwidth 2 MiB/s; flags guard fast stable; location here }
relays exit x 2 { bandwidth 2 MiB/s; flags exit fast; location here }
relays middle x 2 { bandwidth 2 MiB/s; location here }
servers files x 1 { bandwidth 100 Mbit/s; location here }
clients web x 2 { fetch 320 KiB; think 1 s; location here }
`;

function scenario(rest: string): Scenario {
  const text = `scenario "plan" {\n  duration 5 s\n  warmup 1 s\n  seeds 2\n}\n${NETWORK}${rest}`;
  const result = checkDocument('/w/plan.tornet', text, { fileSystem: new MemoryFileSystem({}) });
  assert.ok(result.model, JSON.stringify(result.diagnostics));
  return result.model;
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
