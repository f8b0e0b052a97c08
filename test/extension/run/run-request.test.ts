import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planRuns } from '../../../simulator/experiment/plan';
import { jobCount, planOptions, runTitle, selectionOf } from '../../../extension/run/run-request';
import { tinyScenario } from '../../simulator/results/support';

const uri = 'file:///w/tiny.tornet';

test('a variant lens runs that variant with the default seeds setting', () => {
  const selection = selectionOf({ uri, experiment: 'cmp', variant: 'kist' });
  const plan = planRuns(tinyScenario(), planOptions(selection, { defaultSeeds: 3, workers: 0 }));
  assert.deepEqual(plan.map((run) => [run.experiment, run.variant, run.seed]), [['cmp', 'kist', 1], ['cmp', 'kist', 2], ['cmp', 'kist', 3]]);
});

test('an experiment lens runs every variant with the scenario\'s own seeds when the setting is 0', () => {
  const plan = planRuns(tinyScenario(), planOptions(selectionOf({ uri, experiment: 'cmp' }), { defaultSeeds: 0, workers: 0 }));
  assert.deepEqual(plan.map((run) => `${run.variant}/${run.seed}`), ['amap/1', 'amap/2', 'kist/1', 'kist/2']);
});

test('workers: the setting when given, else one per core, never more than runs and at least one', () => {
  assert.equal(jobCount({ defaultSeeds: 0, workers: 0 }, 8, 3), 3);
  assert.equal(jobCount({ defaultSeeds: 0, workers: 0 }, 2, 12), 2);
  assert.equal(jobCount({ defaultSeeds: 0, workers: 5 }, 2, 12), 5);
  assert.equal(jobCount({ defaultSeeds: 0, workers: 5 }, 2, 0), 1);
});

test('the run title names what runs', () => {
  assert.equal(runTitle('tiny', { variants: [] }), 'tiny');
  assert.equal(runTitle('tiny', { experiment: 'cmp', variants: ['amap', 'kist'] }), 'tiny › cmp › amap, kist');
});
