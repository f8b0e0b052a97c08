import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planRuns } from '../../../simulator/experiment/plan';
import { LiveResults } from '../../../extension/run/live-results';
import { resultsOf } from '../../webview/charts/support';
import { tinyScenario, TINY_SCENARIO } from '../../simulator/results/support';

const model = tinyScenario();
const plan = planRuns(model, { experiment: 'cmp', variants: [] });
const description = { tool: { name: 'tornet', version: 'test' }, scenarioPath: 'tiny.tornet', scenarioText: TINY_SCENARIO, model, startedAt: new Date(0), jobs: 2 };
const summaries = resultsOf({ amap: [100, 120], kist: [60, 70] }).experiments[0]!.variants.map((v) => v.runs.map((r) => r.summary!));

test('runs not started yet, running with partial metrics, and settled are all in the live results', () => {
  const live = new LiveResults(description, plan);
  live.partial(0, summaries[0]![0]!);
  live.settled(2, { experiment: 'cmp', variant: 'kist', seed: 1, status: 'ok', error: null, summary: summaries[1]![0]!, durationMs: 5 });
  live.settled(3, { experiment: 'cmp', variant: 'kist', seed: 2, status: 'failed', error: 'Error: boom', summary: null, durationMs: 5 });
  const results = live.results(new Date(10));
  assert.equal(results.complete, false);
  const statuses = results.experiments[0]!.variants.map((v) => v.runs.map((r) => r.status));
  assert.deepEqual(statuses, [['running', 'not-run'], ['ok', 'failed']]);
  assert.deepEqual(live.failures().map((f) => f.error), ['Error: boom']);
});

test('a partial arriving after its run settled does not replace the outcome', () => {
  const live = new LiveResults(description, plan);
  live.settled(0, { experiment: 'cmp', variant: 'amap', seed: 1, status: 'ok', error: null, summary: summaries[0]![0]!, durationMs: 5 });
  live.partial(0, summaries[0]![1]!);
  assert.equal(live.results(new Date(10)).experiments[0]!.variants[0]!.runs[0]!.status, 'ok');
});
