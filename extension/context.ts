// The one object that owns the extension's lifetimes (rust-analyzer's Ctx): the language
// client, the output channel, runs (with their status-bar item), the results panels, the
// history view, inline results, and every disposable registered while active. Commands
// receive it instead of reaching for globals; `dispose` undoes everything.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient, LANGUAGE_ID } from './client';
import { readSettings } from './config';
import { InlineResults } from './inline/results-lenses';
import { ResultsPanels } from './results-panel';
import { HISTORY_VIEW, ResultsHistory } from './results/history-view';
import { LastResults, type RunEntry } from './results/last-results';
import { resultsRoot } from './results/results-location';
import { readResults, RESULTS_FILE, ResultsStore } from './results/results-store';
import { RunController } from './run/run-controller';

export class Context implements vscode.Disposable {
  readonly output: vscode.LogOutputChannel;
  readonly client: LanguageClient;
  readonly lastResults = new LastResults();
  readonly panels: ResultsPanels;
  readonly runs: RunController;
  readonly history: ResultsHistory;
  readonly inline: InlineResults;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(readonly extension: vscode.ExtensionContext) {
    this.output = this.own(vscode.window.createOutputChannel('TorNet', { log: true }));
    this.client = createLanguageClient(extension.extensionUri, this.output);
    this.panels = this.own(new ResultsPanels(extension.extensionUri, (folder) => readResults(folder.fsPath)));
    const packageJson = extension.extension.packageJSON as { name?: string; version?: string };
    this.runs = this.own(
      new RunController({
        client: this.client,
        output: this.output,
        panels: this.panels,
        lastResults: this.lastResults,
        tool: { name: packageJson.name ?? 'tornet-studio', version: packageJson.version ?? 'unknown' },
      }),
    );
    this.history = this.own(new ResultsHistory(() => this.stores()));
    this.own(vscode.window.registerTreeDataProvider(HISTORY_VIEW, this.history));
    this.inline = this.own(new InlineResults({ client: this.client, lastResults: this.lastResults, storeFor: (document) => this.storeFor(document.uri) }));
    const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
    this.own(vscode.languages.registerCodeLensProvider(selector, this.inline));
    this.own(vscode.languages.registerHoverProvider(selector, this.inline));
    this.own(
      this.runs.onDidFinish(() => {
        this.history.refresh();
        this.inline.refresh();
      }),
    );
    // Runs written or deleted outside this window (another window, the CLI with --out, a file manager).
    const watcher = this.own(vscode.workspace.createFileSystemWatcher(`**/${RESULTS_FILE}`, false, true, false));
    this.own(watcher.onDidCreate(() => this.history.refresh()));
    this.own(watcher.onDidDelete(() => this.history.refresh()));
  }

  get extensionUri(): vscode.Uri {
    return this.extension.extensionUri;
  }

  /** Keeps a disposable until the extension deactivates; returns it. */
  own<T extends vscode.Disposable>(disposable: T): T {
    this.disposables.push(disposable);
    return disposable;
  }

  async start(): Promise<void> {
    await this.client.start();
  }

  /** The results store for a scenario (its workspace folder's results folder). */
  storeFor(uri: vscode.Uri): ResultsStore | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
    const root = resultsRoot(readSettings(uri).resultsFolder, folder?.uri.fsPath, uri.scheme === 'file' ? uri.fsPath : undefined);
    return root === undefined ? undefined : new ResultsStore(root);
  }

  /** One store per workspace folder (distinct roots). */
  stores(): ResultsStore[] {
    const roots = new Set<string>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const root = resultsRoot(readSettings(folder.uri).resultsFolder, folder.uri.fsPath, undefined);
      if (root !== undefined) roots.add(root);
    }
    return [...roots].map((root) => new ResultsStore(root));
  }

  /** Opens a stored run's results in its panel and makes them the scenario's inline results. */
  async openRun(folder: string): Promise<RunEntry> {
    const results = await readResults(folder);
    const entry = { folder, results };
    this.lastResults.remember(entry);
    this.panels.show(folder, `TorNet: ${vscode.workspace.asRelativePath(folder, false)}`, results, vscode.Uri.file(folder));
    this.inline.refresh();
    return entry;
  }

  async dispose(): Promise<void> {
    // Stop the client before the output channel it writes to goes away.
    await this.client.stop().catch(() => undefined);
    while (this.disposables.length > 0) this.disposables.pop()!.dispose();
  }
}
