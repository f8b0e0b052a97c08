import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as vscode from 'vscode';
import { describe, it } from 'mocha';
import type { FinishedRun } from '../../../extension/run/run-controller';
import type { ResultsFile } from '../../../simulator/results/types';
import { waitFor, workspaceFile, workspaceRoot } from './workspace';

describe('running a scenario', () => {
  let finished: FinishedRun | undefined;

  it('Run Scenario simulates every variant and seed to completion and writes the run folder', async () => {
    const scenario = workspaceFile('tiny.tornet');
    finished = await vscode.commands.executeCommand<FinishedRun | undefined>('tornet.runScenario', scenario);
    assert.ok(finished, 'the run was not refused');
    assert.equal(finished.stopped, false);

    const where = relative(workspaceRoot().fsPath, finished.folder);
    assert.match(where, /^\.tornet\/results\/tiny-[\dTZ-]+$/, 'one folder per run in the workspace results folder');
    assert.deepEqual(readdirSync(finished.folder).sort(), ['model.json', 'results.json', 'scenario.tornet']);
    assert.equal(readFileSync(join(finished.folder, 'scenario.tornet'), 'utf8'), readFileSync(scenario.fsPath, 'utf8'), 'the scenario text as run');

    const results = JSON.parse(readFileSync(join(finished.folder, 'results.json'), 'utf8')) as ResultsFile;
    assert.equal(results.complete, true);
    const model = JSON.parse(readFileSync(join(finished.folder, 'model.json'), 'utf8')) as ResultsFile['scenario']['model'];
    assert.deepEqual([results.scenario.path, results.scenario.model.source, model.source], ['tiny.tornet', 'tiny.tornet', 'tiny.tornet'], 'workspace-relative: the same in any checkout');
    const [experiment] = results.experiments;
    assert.equal(experiment?.name, 'schedulers');
    assert.deepEqual(experiment.variants.map((v) => v.name), ['amap', 'kist']);
    for (const variant of experiment.variants) {
      assert.deepEqual(variant.runs.map((run) => [run.seed, run.status]), [[1, 'ok'], [2, 'ok']], variant.name);
      assert.ok(variant.aggregate?.distributions.some((d) => d.info.id === 'ttlb:web'), `${variant.name}: web downloads completed`);
    }
  });

  it('the results panel of the run opens beside the editor', async () => {
    assert.ok(finished, 'needs the run above');
    const panel = await waitFor('the results panel tab', () =>
      vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('tornet.results')),
    );
    assert.equal(panel.label, 'tiny');
  });
});
