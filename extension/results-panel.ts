// The results panels: one webview panel per run folder (or live run), showing results.json as
// the charts of webview/panel/. Each panel's PanelChannel keeps its latest results and sends them
// when the page says `ready`, so a hidden panel (its page discarded: no retainContextWhenHidden)
// comes back complete; after a restart the serializer reopens panels from the results folder
// saved in the webview state. Exports arrive as messages and are written where the user says.

import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { ResultsFile } from '../simulator/results/types';
import { RESULTS_VIEW_TYPE, type ExportKind, type PanelIdentity } from '../webview/protocol';
import { PanelChannel, type ExportMessage } from './results-panel-channel';
import { panelContent } from './results-panel-content';
import { EXPORT_FILTERS, exportBytes, exportFileName } from './results-panel-export';
import { resultsPanelHtml } from './results-panel-html';
import { restoredContent, restoredIdentity } from './results-panel-restore';

/** How long the Export command waits for the page to answer. */
const EXPORT_TIMEOUT_MS = 15_000;

interface OpenPanel {
  readonly panel: vscode.WebviewPanel;
  readonly channel: PanelChannel;
  identity: PanelIdentity;
}

export class ResultsPanels implements vscode.Disposable {
  private readonly panels = new Map<string, OpenPanel>();
  private readonly disposables: vscode.Disposable[] = [];
  private lastActive: OpenPanel | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly readResults: (resultsFolder: vscode.Uri) => Promise<ResultsFile>,
  ) {
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(RESULTS_VIEW_TYPE, {
        deserializeWebviewPanel: (panel, state) => this.revive(panel, state),
      }),
    );
  }

  /** Opens or reveals the panel of one run folder (or a live run) and shows these results. */
  show(key: string, title: string, results: ResultsFile, resultsFolder?: vscode.Uri): void {
    let open = this.panels.get(key);
    if (open) {
      open.panel.reveal(undefined, true);
    } else {
      const panel = vscode.window.createWebviewPanel(RESULTS_VIEW_TYPE, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, this.webviewOptions());
      open = this.adopt(panel, { key, title, resultsFolder: null });
    }
    open.identity = { key, title, resultsFolder: resultsFolder?.toString() ?? null };
    open.panel.title = title;
    open.channel.show({ type: 'results', panel: open.identity, ...panelContent(results) });
  }

  /** Live update of an open panel (partial results while a run streams); no-op if that panel is closed. */
  update(key: string, results: ResultsFile): void {
    const open = this.panels.get(key);
    if (open) open.channel.show({ type: 'results', panel: open.identity, ...panelContent(results) });
  }

  /** Asks the active panel's webview to export its focused/first chart as PNG or its data as CSV (save dialog). */
  async exportFromActivePanel(kind: ExportKind): Promise<void> {
    const open = [...this.panels.values()].find((p) => p.panel.active) ?? this.lastActive;
    if (!open) {
      void vscode.window.showInformationMessage('Open a results panel first: there is no chart to export.');
      return;
    }
    if (!open.panel.visible) open.panel.reveal(undefined, false);
    const message = await open.channel.requestExport(kind, EXPORT_TIMEOUT_MS);
    if (message === null) void vscode.window.showErrorMessage('Export failed: the results panel did not answer.');
    else if (message.type === 'export-failed') void vscode.window.showErrorMessage(`Export failed: ${message.message}`);
    else await this.save(open, message);
  }

  /** Stops serving panels. Open panels are left to VS Code, which restores them with the window. */
  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panels.clear();
  }

  private webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist')] };
  }

  private async revive(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    panel.webview.options = this.webviewOptions();
    const identity = restoredIdentity(state, panel.title, Date.now());
    const open = this.adopt(panel, identity);
    open.channel.show(await restoredContent(identity, (folder) => this.readResults(vscode.Uri.parse(folder))));
  }

  private adopt(panel: vscode.WebviewPanel, identity: PanelIdentity): OpenPanel {
    const webview = panel.webview;
    const open: OpenPanel = { panel, identity, channel: new PanelChannel((message) => void webview.postMessage(message)) };
    webview.html = resultsPanelHtml({
      cspSource: webview.cspSource,
      nonce: randomBytes(16).toString('base64'),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview.css')).toString(),
      title: identity.title,
    });
    this.panels.set(identity.key, open);
    this.lastActive = open;
    const subscriptions = [
      webview.onDidReceiveMessage((message: unknown) => {
        const unrequested = open.channel.receive(message);
        if (unrequested) void this.save(open, unrequested);
      }),
      panel.onDidChangeViewState(() => {
        if (panel.active) this.lastActive = open;
        if (!panel.visible) open.channel.hidden();
      }),
    ];
    panel.onDidDispose(() => {
      for (const s of subscriptions) s.dispose();
      if (this.panels.get(open.identity.key) === open) this.panels.delete(open.identity.key);
      if (this.lastActive === open) this.lastActive = undefined;
    });
    return open;
  }

  private async save(open: OpenPanel, message: ExportMessage): Promise<void> {
    const fileName = exportFileName(message.kind, message.fileName);
    const folder = open.identity.resultsFolder ? vscode.Uri.parse(open.identity.resultsFolder) : vscode.workspace.workspaceFolders?.[0]?.uri;
    try {
      const bytes = exportBytes(message.kind, message.data);
      const target = await vscode.window.showSaveDialog({
        ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, fileName) } : {}),
        filters: EXPORT_FILTERS[message.kind],
        saveLabel: 'Export',
      });
      if (!target) return;
      await vscode.workspace.fs.writeFile(target, bytes);
      void vscode.window.showInformationMessage(`Exported ${vscode.workspace.asRelativePath(target)}`);
    } catch (error) {
      void vscode.window.showErrorMessage(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
