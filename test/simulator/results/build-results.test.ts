import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { buildResults, type RunOutcome } from '../../../simulator/results/build-results';
import { summariseRun } from '../../../simulator/results/summarise-run';
import type { ResultsFile } from '../../../simulator/results/types';
import { download, runMetrics, tinyScenario, TINY_SCENARIO } from './support';

const model = tinyScenario();
const schema = JSON.parse(readFileSync(new URL('../../../simulator/results/results.schema.json', import.meta.url), 'utf8'));

function outcome(variant: string, seed: number, ms: number, status: RunOutcome['status'] = 'ok'): RunOutcome {
  const config = model.experiments[0]!.variants.find((v) => v.name === variant)!.config;
  const measured = status === 'ok' || status === 'running' || status === 'cancelled';
  const summary = measured ? summariseRun(runMetrics({ seed, downloads: [download('web', 327680, ms / 2, ms)], goodputBytes: [1e6] }), config) : null;
  return { experiment: 'cmp', variant, seed, status, error: status === 'failed' ? 'Error: boom' : null, summary, durationMs: status === 'not-run' ? null : 10 };
}

function build(outcomes: RunOutcome[], startedAt = new Date(0)): ResultsFile {
  return buildResults({
    tool: { name: 'tornet', version: '0.0.0' },
    scenarioPath: 'tiny.tornet',
    scenarioText: TINY_SCENARIO,
    model,
    outcomes,
    startedAt,
    finishedAt: new Date(startedAt.getTime() + 1234),
    jobs: 2,
  });
}

const full = [outcome('amap', 1, 200), outcome('amap', 2, 220), outcome('kist', 1, 100), outcome('kist', 2, 110)];

test('results validate against the shipped JSON Schema, and the schema rejects a broken file', () => {
  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
  const results = build(full);
  assert.ok(validate(results), JSON.stringify(validate.errors, null, 2));
  const broken = JSON.parse(JSON.stringify(results));
  delete broken.experiments[0].variants[0].aggregate.distributions[0].cdf;
  broken.experiments[0].variants[1].runs[0].status = 'done';
  assert.equal(validate(broken), false);
  // both problems are reported
  assert.ok(validate.errors!.some((e) => e.message?.includes('cdf')));
  assert.ok(validate.errors!.some((e) => e.instancePath === '/experiments/0/variants/1/runs/0/status'));
});

test('results record the scenario path as given, in place of the absolute path the model was read from; the model run is unchanged', () => {
  assert.equal(model.source, '/w/tiny.tornet');
  const results = build(full);
  assert.equal(results.scenario.path, 'tiny.tornet');
  assert.equal(results.scenario.model.source, 'tiny.tornet');
  assert.deepEqual({ ...results.scenario.model, source: model.source }, model, 'only the source differs');
  assert.equal(model.source, '/w/tiny.tornet', 'the input model is not modified');
});

test('runs are grouped by variant in plan order, with change vs the baseline', () => {
  const results = build(full);
  const [experiment] = results.experiments;
  assert.equal(experiment!.baseline, 'amap');
  assert.deepEqual(experiment!.variants.map((v) => [v.name, v.labels, v.runs.map((r) => r.seed)]), [
    ['amap', { 'socket-scheduler': 'amap' }, [1, 2]],
    ['kist', { 'socket-scheduler': 'kist' }, [1, 2]],
  ]);
  const kistTtlb = experiment!.variants[1]!.aggregate!.distributions.find((d) => d.info.id === 'ttlb:web')!;
  assert.equal(kistTtlb.change!.p50, -0.5);
  assert.equal(results.complete, true);
  assert.match(results.scenario.sha256, /^[0-9a-f]{64}$/);
});

test('failed and unrun seeds keep their status and are left out of the aggregate; the file is marked partial', () => {
  const results = build([outcome('amap', 1, 200), outcome('amap', 2, 0, 'failed'), outcome('kist', 1, 0, 'not-run'), outcome('kist', 2, 0, 'cancelled')]);
  const [amap, kist] = results.experiments[0]!.variants;
  assert.equal(results.complete, false);
  assert.deepEqual(amap!.aggregate!.seeds, [1]);
  assert.equal(amap!.runs[1]!.error, 'Error: boom');
  assert.equal(kist!.aggregate, null);
  assert.deepEqual(results.wallClock.runs.map((r) => [r.variant, r.seed]), [['amap', 1], ['amap', 2], ['kist', 2]]);
});

test('running and cancelled runs keep their partial summaries but stay out of the aggregate; the schema checks which statuses carry one', () => {
  const results = build([outcome('amap', 1, 200), outcome('amap', 2, 900, 'cancelled'), outcome('kist', 1, 100, 'running'), outcome('kist', 2, 0, 'not-run')]);
  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
  assert.ok(validate(results), JSON.stringify(validate.errors, null, 2));
  const [amap, kist] = results.experiments[0]!.variants;
  assert.equal(results.complete, false);
  assert.equal(amap!.runs[1]!.summary!.distributions['ttlb:web']!.percentiles!.p50, 900);
  assert.equal(kist!.runs[0]!.status, 'running');
  assert.equal(kist!.runs[0]!.summary!.distributions['ttlb:web']!.percentiles!.p50, 100);
  assert.deepEqual(amap!.aggregate!.seeds, [1], 'only the completed run is aggregated');
  assert.equal(amap!.aggregate!.distributions.find((d) => d.info.id === 'ttlb:web')!.percentiles.p50.mean, 200);
  assert.equal(kist!.aggregate, null);

  const broken = JSON.parse(JSON.stringify(results));
  broken.experiments[0].variants[0].runs[0].summary = null; // an 'ok' run without its summary
  broken.experiments[0].variants[1].runs[1].summary = results.experiments[0]!.variants[0]!.runs[0]!.summary; // a 'not-run' with one
  assert.equal(validate(broken), false);
  const paths = validate.errors!.map((e) => e.instancePath);
  assert.ok(paths.includes('/experiments/0/variants/0/runs/0/summary'), paths.join());
  assert.ok(paths.includes('/experiments/0/variants/1/runs/1/summary'), paths.join());
});

test('the same runs give byte-identical results apart from the wall-clock object', () => {
  const a = build(full, new Date(0));
  const b = build([...full].map((o) => ({ ...o, durationMs: 99 })), new Date(5e9));
  assert.notDeepEqual(a.wallClock, b.wallClock);
  assert.equal(JSON.stringify({ ...a, wallClock: null }), JSON.stringify({ ...b, wallClock: null }));
});
