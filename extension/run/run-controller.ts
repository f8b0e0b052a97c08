// One run at a time, from the editor: asks the language server for the resolved model (a file
// with errors is refused), plans variants × seeds, runs them in worker threads through the
// shared experiment orchestration, shows progress (notification with Stop, status bar),
// streams partial results to the panel, and writes the run folder — also when stopped.
// A failing worker becomes a failed run with its error; it never throws into the host.

import { availableParallelism } from 'node:os';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { startExperiment, type RunningExperiment } from '../../simulator/experiment/execute';
import { PlanError, planRuns, type PlannedRun } from '../../simulator/experiment/plan';
import { ProgressTracker } from '../../simulator/experiment/progress';
import type { RunOutcome } from '../../simulator/results/build-results';
import type { ResultsFile } from '../../simulator/results/types';
import { REQUESTS, type ResolvedScenario } from '../../language-server/protocol';
import { COMMAND_IDS, CONTEXT_KEYS } from '../command-ids';
import { readSettings } from '../config';
import type { ResultsPanels } from '../results-panel';
import type { LastResults } from '../results/last-results';
import { ResultsStore, scenarioNameOf } from '../results/results-store';
import { resultsRoot } from '../results/results-location';
import { LiveResults } from './live-results';
import { jobCount, planOptions, runTitle, type RunSelection } from './run-request';
import { ProgressIncrements, progressMessage, statusText } from './run-progress';
import { Throttle } from './throttle';

export interface FinishedRun {
  readonly document: vscode.Uri;
  /** The run folder (absolute path). */
  readonly folder: string;
  readonly results: ResultsFile;
  /** True when Stop ended the run early. */
  readonly stopped: boolean;
}

export interface RunControllerDeps {
  readonly client: LanguageClient;
  readonly output: vscode.LogOutputChannel;
  readonly panels: ResultsPanels;
  readonly lastResults: LastResults;
  readonly tool: { readonly name: string; readonly version: string };
}

const PROGRESS_REPORT_MS = 250;
const PANEL_UPDATE_MS = 1000;
/** Partial metrics about twenty times per run, at most once per simulated second. */
const PARTIAL_UPDATES_PER_RUN = 20;

export class RunController implements vscode.Disposable {
  private active: { experiment?: RunningExperiment; stopped: boolean } | undefined;
  private readonly finished = new vscode.EventEmitter<FinishedRun>();
  readonly onDidFinish = this.finished.event;
  private readonly statusBar = vscode.window.createStatusBarItem('tornet.run', vscode.StatusBarAlignment.Left, 10);

  constructor(private readonly deps: RunControllerDeps) {
    this.statusBar.name = 'TorNet run';
    this.statusBar.command = COMMAND_IDS.stop;
    this.statusBar.tooltip = 'TorNet run in progress: click to stop';
  }

  get isRunning(): boolean {
    return this.active !== undefined;
  }

  /** Stops the run in progress: running simulations end with their partial metrics. */
  stop(): void {
    if (!this.active || this.active.stopped) return;
    this.active.stopped = true;
    this.active.experiment?.cancel();
  }

  /** Runs `selection` of `document`; undefined when refused (the user has been told why). */
  async run(document: vscode.TextDocument, selection: RunSelection): Promise<FinishedRun | undefined> {
    if (this.active) {
      const choice = await vscode.window.showWarningMessage('A TorNet run is in progress.', 'Stop it');
      if (choice) this.stop();
      return undefined;
    }
    this.active = { stopped: false };
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.running, true);
    try {
      return await this.prepareAndRun(document, selection);
    } catch (error) {
      this.deps.output.error(`run failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      void vscode.window.showErrorMessage(`TorNet run failed: ${error instanceof Error ? error.message : String(error)}`, 'Show Output').then((c) => c && this.deps.output.show());
      return undefined;
    } finally {
      this.active = undefined;
      this.statusBar.hide();
      void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.running, false);
    }
  }

  private async prepareAndRun(document: vscode.TextDocument, selection: RunSelection): Promise<FinishedRun | undefined> {
    const resolved = await this.deps.client.sendRequest<ResolvedScenario | null>(REQUESTS.resolvedScenario, { textDocument: { uri: document.uri.toString() } });
    if (!resolved) throw new Error(`the language server has not opened ${document.uri.toString()}`);
    if (!resolved.model) {
      void refuseWithErrors(document, resolved);
      return undefined;
    }
    const settings = readSettings(document.uri);
    let plan: PlannedRun[];
    try {
      plan = planRuns(resolved.model, planOptions(selection, settings));
    } catch (error) {
      if (!(error instanceof PlanError)) throw error;
      void vscode.window.showErrorMessage(`Cannot run: ${error.message}`);
      return undefined;
    }
    if (plan.length === 0) {
      void vscode.window.showErrorMessage('Cannot run: nothing to run (no variants or no seeds).');
      return undefined;
    }
    const workspaceFolder = vscode.workspace.getWorkspaceFolder(document.uri) ?? vscode.workspace.workspaceFolders?.[0];
    const root = resultsRoot(settings.resultsFolder, workspaceFolder?.uri.fsPath, document.uri.scheme === 'file' ? document.uri.fsPath : undefined);
    if (root === undefined) {
      void vscode.window.showErrorMessage('Cannot run: save the scenario or open a folder first; run results are written to a folder in the workspace.');
      return undefined;
    }
    const scenarioName = scenarioNameOf(document.uri.path);
    const store = new ResultsStore(root);
    const startedAt = new Date();
    const folder = await store.createRunFolder(scenarioName, startedAt);
    // The run folder names the scenario workspace-relative, as results.json does, so it is the same in any checkout.
    const scenarioPath = vscode.workspace.asRelativePath(document.uri, false);
    await store.writeInputs(folder, { scenarioText: resolved.text, model: { ...resolved.model, source: scenarioPath } });

    const jobs = jobCount(settings, availableParallelism(), plan.length);
    const title = runTitle(scenarioName, selection);
    const live = new LiveResults(
      { tool: this.deps.tool, scenarioPath, scenarioText: resolved.text, model: resolved.model, startedAt, jobs },
      plan,
    );
    const folderUri = vscode.Uri.file(folder);
    if (settings.openPanel) this.deps.panels.show(folder, title, live.results(new Date()), folderUri);
    this.deps.output.info(`running ${title}: ${plan.length} runs with ${jobs} worker threads → ${folder}`);

    const outcomes = await this.execute(plan, jobs, title, live, (results) => {
      if (settings.openPanel) this.deps.panels.update(folder, results);
    });
    const stopped = this.active?.stopped ?? false;
    const results = live.results(new Date(), outcomes);
    await store.writeResults(folder, results);
    const finished: FinishedRun = { document: document.uri, folder, results, stopped };
    this.deps.lastResults.remember({ folder, results });
    if (settings.openPanel) this.deps.panels.show(folder, title, results, folderUri);
    this.finished.fire(finished);
    this.report(finished, outcomes, () => this.deps.panels.show(folder, title, results, folderUri));
    return finished;
  }

  private execute(plan: readonly PlannedRun[], jobs: number, title: string, live: LiveResults, publish: (results: ResultsFile) => void): Promise<RunOutcome[]> {
    const progress = new ProgressTracker(plan.map((run) => run.config.run.duration * 1e9));
    const startedAt = Date.now();
    const shortest = Math.min(...plan.map((run) => run.config.run.duration));
    const partialEveryNs = Math.max(1, shortest / PARTIAL_UPDATES_PER_RUN) * 1e9;
    const name = (i: number) => `${plan[i]!.experiment}/${plan[i]!.variant} seed ${plan[i]!.seed}`;
    const panel = new Throttle<null>(PANEL_UPDATE_MS, () => publish(live.results(new Date())));
    this.statusBar.text = `$(loading~spin) ${statusText(progress, 0)}`;
    this.statusBar.show();

    return Promise.resolve(
      vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `TorNet: ${title}`, cancellable: true }, async (report, token) => {
        token.onCancellationRequested(() => this.stop());
        const increments = new ProgressIncrements();
        const view = new Throttle<null>(PROGRESS_REPORT_MS, () => {
          const elapsedMs = Date.now() - startedAt;
          report.report({ increment: increments.next(progress.percent), message: progressMessage(progress, elapsedMs) });
          this.statusBar.text = `$(loading~spin) ${statusText(progress, elapsedMs)}`;
        });
        const experiment = startExperiment(plan, {
          jobs,
          partialEveryNs,
          onProgress: (i, p) => {
            progress.advance(i, p.simulatedNs);
            view.offer(null, Date.now());
          },
          onPartial: (i, summary) => {
            live.partial(i, summary);
            panel.offer(null, Date.now());
          },
          onSettled: (i, outcome) => {
            progress.settle(i);
            live.settled(i, outcome);
            if (outcome.status === 'failed') this.deps.output.error(`run ${name(i)} failed: ${outcome.error ?? 'unknown error'}`);
            else if (outcome.status === 'ok') this.deps.output.info(`run ${name(i)} done in ${((outcome.durationMs ?? 0) / 1000).toFixed(1)} s`);
            view.offer(null, Date.now());
            panel.offer(null, Date.now());
          },
        });
        if (this.active) this.active.experiment = experiment;
        // Stop pressed before the pool existed.
        if (this.active?.stopped) experiment.cancel();
        try {
          return await experiment.done;
        } finally {
          view.flush();
          panel.flush();
        }
      }),
    );
  }

  private report(run: FinishedRun, outcomes: readonly RunOutcome[], showPanel: () => void): void {
    const failed = outcomes.filter((o) => o.status === 'failed');
    const ok = outcomes.filter((o) => o.status === 'ok').length;
    const where = vscode.workspace.asRelativePath(run.folder, false);
    if (failed.length > 0) {
      const first = (failed[0]!.error ?? '').split('\n')[0];
      void vscode.window.showErrorMessage(`${failed.length} of ${outcomes.length} TorNet runs failed: ${first}`, 'Show Output').then((c) => c && this.deps.output.show());
    } else {
      const message = run.stopped ? `TorNet run stopped: ${ok} of ${outcomes.length} runs finished; written to ${where}.` : `TorNet run finished: ${ok} runs written to ${where}.`;
      void vscode.window.showInformationMessage(message, 'Show Results').then((c) => c && showPanel());
    }
    this.deps.output.info(`wrote ${run.folder}${run.results.complete ? '' : ' (partial)'}`);
  }

  dispose(): void {
    this.stop();
    this.statusBar.dispose();
    this.finished.dispose();
  }
}

async function refuseWithErrors(document: vscode.TextDocument, resolved: ResolvedScenario): Promise<void> {
  const first = resolved.errors[0];
  const where = first ? ` First: ${vscode.workspace.asRelativePath(vscode.Uri.parse(first.uri), false)}:${first.line + 1}:${first.character + 1} ${first.message}` : '';
  const count = resolved.errors.length;
  const choice = await vscode.window.showErrorMessage(
    `${vscode.workspace.asRelativePath(document.uri, false)} has ${count} error${count === 1 ? '' : 's'}; fix ${count === 1 ? 'it' : 'them'} before running.${where}`,
    'Show Problems',
  );
  if (choice) await vscode.commands.executeCommand('workbench.actions.view.problems');
}
