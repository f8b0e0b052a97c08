import { test } from 'node:test';
import assert from 'node:assert/strict';
import { panelContent } from '../../extension/results-panel-content';
import { aggregateRuns } from '../../simulator/results/aggregate';
import type { ResultsFile } from '../../simulator/results/types';
import { resultsOf } from '../webview/charts/support';

test('a panel gets the aggregates and every run’s status and error, not finished runs’ summaries', () => {
  const results = resultsOf({ amap: [100, 110], kist: [60] });
  const { results: sent, provisional } = panelContent(results);
  assert.deepEqual(provisional, []);
  assert.ok(JSON.stringify(sent).length < JSON.stringify(results).length);
  assert.deepEqual(sent.experiments[0]!.variants.map((v) => v.aggregate), results.experiments[0]!.variants.map((v) => v.aggregate));
  assert.deepEqual(
    sent.experiments[0]!.variants.flatMap((v) => v.runs),
    results.experiments[0]!.variants.flatMap((v) => v.runs.map((r) => ({ seed: r.seed, status: r.status, error: r.error, summary: null }))),
  );
  assert.notEqual(results.experiments[0]!.variants[0]!.runs[0]!.summary, null, 'the input is not changed');
});

test('a variant with no finished run is drawn from its running and stopped runs’ partial summaries, and named provisional', () => {
  const finished = resultsOf({ amap: [100, 110], kist: [60, 70] });
  const [amap, kist] = finished.experiments[0]!.variants;
  const partialOf = (seed: number) => ({ ...kist!.runs[seed - 1]!.summary!, simulatedSeconds: 10 + seed });
  const live: ResultsFile = {
    ...finished,
    complete: false,
    experiments: [
      {
        ...finished.experiments[0]!,
        variants: [
          amap!,
          { ...kist!, aggregate: null, runs: [{ ...kist!.runs[0]!, status: 'running', summary: partialOf(1) }, { ...kist!.runs[1]!, status: 'cancelled', summary: partialOf(2) }] },
        ],
      },
    ],
  };
  const { results, provisional } = panelContent(live);
  assert.deepEqual(provisional, [{ experiment: 'cmp', variant: 'kist', simulatedSeconds: 11 }]);
  assert.deepEqual(results.experiments[0]!.variants[1]!.aggregate, aggregateRuns([1, 2], [partialOf(1), partialOf(2)]));
  assert.equal(results.experiments[0]!.variants[0]!.aggregate, amap!.aggregate, 'finished variants keep their aggregate');
  assert.ok(results.experiments[0]!.variants.every((v) => v.runs.every((r) => r.summary === null)));
});

test('a variant whose runs have not reported yet stays empty', () => {
  const finished = resultsOf({ amap: [100], kist: [60] });
  const [amap, kist] = finished.experiments[0]!.variants;
  const live: ResultsFile = { ...finished, experiments: [{ ...finished.experiments[0]!, variants: [amap!, { ...kist!, aggregate: null, runs: [{ ...kist!.runs[0]!, status: 'running', summary: null }] }] }] };
  const { results, provisional } = panelContent(live);
  assert.deepEqual(provisional, []);
  assert.equal(results.experiments[0]!.variants[1]!.aggregate, null);
});
