import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { describe, it } from 'mocha';
import type { TorNetApi } from '../../../extension/main';
import type { FinishedRun } from '../../../extension/run/run-controller';
import type { ResultsFile } from '../../../simulator/results/types';
import { EXTENSION_ID, openMarked, waitFor } from './workspace';

/** Threads of this process (the extension host) that are worker threads, by the name Node gives them. */
function workerThreads(): number {
  return readdirSync('/proc/self/task').filter((task) => {
    try {
      return readFileSync(`/proc/self/task/${task}/comm`, 'utf8').trim() === 'WorkerThread';
    } catch {
      return false; // the thread ended while we looked
    }
  }).length;
}

// Long enough that Stop always comes first: 30 simulated minutes of 40 clients.
const LONG = `scenario "long" {
  duration 30 min
  seeds 2
}
internet {
  location here { access 100 Mbit/s }
}
relays guard x 3 { bandwidth 2 MiB/s; flags guard fast stable; location here }
relays exit x 3 { bandwidth 2 MiB/s; flags exit fast; location here }
relays middle x 3 { bandwidth 2 MiB/s; location here }
servers files x 1 { bandwidth 100 Mbit/s; location here }
clients web x 40 { fetch 320 KiB; think 1 s; location here; path-selection { cbt off } }
`;

describe('stopping a run', () => {
  it('Stop ends the run with partial results on disk and leaves no worker thread behind', async () => {
    const { runs } = vscode.extensions.getExtension<TorNetApi>(EXTENSION_ID)!.exports;
    const before = workerThreads();
    const { document } = await openMarked('long.tornet', LONG);
    const running = Promise.resolve(vscode.commands.executeCommand<FinishedRun | undefined>('tornet.runScenario', document.uri));
    await waitFor('the simulation workers', () => runs.isRunning && workerThreads() > before, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 2000)); // let them simulate a little
    await vscode.commands.executeCommand('tornet.stop');

    const finished = await running;
    assert.ok(finished, 'a stopped run still reports what it has');
    assert.equal(finished.stopped, true);
    assert.equal(runs.isRunning, false);
    const resultsFile = join(finished.folder, 'results.json');
    assert.ok(existsSync(resultsFile), 'partial results are written');
    const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as ResultsFile;
    assert.equal(results.complete, false);
    const statuses = results.experiments.flatMap((e) => e.variants.flatMap((v) => v.runs.map((r) => r.status)));
    assert.ok(statuses.includes('cancelled'), JSON.stringify(statuses));

    await waitFor('every worker thread to end', () => workerThreads() <= before, 10_000);
  });
});
