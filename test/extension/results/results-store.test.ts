import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRunFolderName, readResults, ResultsReadError, resultsProblem, ResultsStore, scenarioNameOf, timestampOf } from '../../../extension/results/results-store';
import { RESULTS_VERSION } from '../../../simulator/results/types';
import { resultsOf } from '../../webview/charts/support';
import { TINY_SCENARIO } from '../../simulator/results/support';

const temporary = () => mkdtempSync(join(tmpdir(), 'tornet-store-'));

test('run folders are named <scenario>-<UTC timestamp> and the name reads back', () => {
  const at = new Date('2026-11-21T14:55:03.456Z');
  assert.equal(timestampOf(at), '2026-11-21T14-55-03Z');
  assert.deepEqual(parseRunFolderName('kist-load-loss-2026-11-21T14-55-03Z'), { scenario: 'kist-load-loss', startedAt: new Date('2026-11-21T14:55:03Z') });
  assert.deepEqual(parseRunFolderName('kist-2026-11-21T14-55-03Z-2')?.scenario, 'kist');
  assert.equal(parseRunFolderName('notes'), undefined);
});

test('the scenario part of a folder name is the file name without .tornet, safe in paths', () => {
  assert.deepEqual([scenarioNameOf('/w/examples/kist-load-loss.tornet'), scenarioNameOf('Untitled-1'), scenarioNameOf('/w/a b?.tornet')], ['kist-load-loss', 'Untitled-1', 'a-b-']);
});

test('a run is written as scenario text, model and results; the list holds runs with results, newest first', async () => {
  const store = new ResultsStore(join(temporary(), '.tornet', 'results'));
  const results = resultsOf({ amap: [100], kist: [60] });
  const early = await store.createRunFolder('tiny', new Date('2026-01-01T00:00:00Z'));
  const late = await store.createRunFolder('tiny', new Date('2026-01-02T00:00:00Z'));
  const same = await store.createRunFolder('tiny', new Date('2026-01-02T00:00:00Z'));
  const unfinished = await store.createRunFolder('tiny', new Date('2026-01-03T00:00:00Z'));
  assert.ok(same.endsWith('-2'), 'a second run in the same second gets a suffix');
  for (const folder of [early, late, same, unfinished]) await store.writeInputs(folder, { scenarioText: TINY_SCENARIO, model: results.scenario.model });
  for (const folder of [early, late, same]) await store.writeResults(folder, results);

  assert.deepEqual(readdirSync(early).sort(), ['model.json', 'results.json', 'scenario.tornet']);
  assert.equal(readFileSync(join(early, 'scenario.tornet'), 'utf8'), TINY_SCENARIO);
  assert.deepEqual(JSON.parse(readFileSync(join(early, 'model.json'), 'utf8')), JSON.parse(JSON.stringify(results.scenario.model)));
  assert.deepEqual(await readResults(early), JSON.parse(JSON.stringify(results)));
  assert.deepEqual((await store.list()).map((run) => run.folder), [same, late, early], 'the folder without results.json is not listed');
});

test('an empty or missing results folder lists nothing', async () => {
  assert.deepEqual(await new ResultsStore(join(temporary(), 'none')).list(), []);
});

test('reading refuses what is not TorNet results of this version, naming the file', async () => {
  const dir = temporary();
  const folder = (name: string, content: string) => {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'results.json'), content);
    return join(dir, name);
  };
  await assert.rejects(readResults(folder('broken', '{')), (e: Error) => e instanceof ResultsReadError && e.message.includes(join(dir, 'broken', 'results.json')));
  await assert.rejects(readResults(folder('other', '{"format":"x"}')), /not a TorNet results file/);
  await assert.rejects(readResults(join(dir, 'missing')), ResultsReadError);
});

test('results of another format version say which TorNet Studio wrote them and what to do, on opening and in the history', async () => {
  const dir = temporary();
  const runFolder = (name: string, version: unknown) => {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'results.json'), JSON.stringify({ ...resultsOf({ amap: [100] }), version }));
    return join(dir, name);
  };
  const older = runFolder('older', RESULTS_VERSION - 1);
  const newer = runFolder('newer', RESULTS_VERSION + 1);
  const current = runFolder('current', RESULTS_VERSION);
  const olderMessage = `results written by an older TorNet Studio (format ${RESULTS_VERSION - 1}); re-run to refresh`;
  await assert.rejects(readResults(older), (e: Error) => e instanceof ResultsReadError && e.message === `${join(older, 'results.json')}: ${olderMessage}`);
  assert.equal(await resultsProblem(older), olderMessage);
  assert.match((await resultsProblem(newer))!, new RegExp(`newer TorNet Studio \\(format ${RESULTS_VERSION + 1}; this one reads format ${RESULTS_VERSION}\\); update TorNet Studio`));
  assert.match((await resultsProblem(runFolder('unversioned', undefined)))!, /without a format version; re-run to refresh/);
  assert.equal(await resultsProblem(current), undefined);
  assert.equal((await readResults(current)).version, RESULTS_VERSION);
});
