import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ResultsFile, RunResult } from '../../../simulator/results/types';
import { runStatus } from '../../../webview/panel/run-status';
import { resultsOf } from '../charts/support';

function withRuns(results: ResultsFile, change: (run: RunResult, variant: string) => RunResult): ResultsFile {
  const experiments = results.experiments.map((e) => ({ ...e, variants: e.variants.map((v) => ({ ...v, runs: v.runs.map((r) => change(r, v.name)) })) }));
  return { ...results, complete: experiments.every((e) => e.variants.every((v) => v.runs.every((r) => r.status === 'ok'))), experiments };
}

test('complete results say how many runs there were', () => {
  const status = runStatus(resultsOf({ amap: [100, 110], kist: [60, 70] }));
  assert.deepEqual(status, { state: 'complete', text: '4 runs complete', runs: [] });
});

test('a live run lists running runs and counts each status; failures keep their error', () => {
  const results = withRuns(resultsOf({ amap: [100, 110], kist: [60, 70] }), (run, variant) =>
    variant === 'kist' && run.seed === 2 ? { ...run, status: 'failed', error: 'Error: boom', summary: null } : variant === 'amap' && run.seed === 2 ? { ...run, status: 'running' as never } : run,
  );
  const status = runStatus(results);
  assert.equal(status.state, 'running');
  assert.equal(status.text, '2 of 4 runs finished · 1 running · 1 failed');
  assert.deepEqual(status.runs, [
    { experiment: 'cmp', variant: 'amap', seed: 2, status: 'running', error: null },
    { experiment: 'cmp', variant: 'kist', seed: 2, status: 'failed', error: 'Error: boom' },
  ]);
});

test('stopped runs make partial results', () => {
  const results = withRuns(resultsOf({ amap: [100], kist: [60] }), (run, variant) => (variant === 'kist' ? { ...run, status: 'cancelled' } : run));
  assert.deepEqual([runStatus(results).state, runStatus(results).text], ['partial', '1 of 2 runs finished · 1 cancelled']);
});
