// The results panels: one webview panel per run folder (or live run), showing results.json as
// the charts of webview/panel/. The host keeps each panel's latest results and sends them when
// the page says `ready`, so a hidden panel (its page discarded: no retainContextWhenHidden)
// comes back complete; after a restart the serializer reopens panels from the results folder
// saved in the webview state. Exports arrive as messages and are written where the user says.

import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { ResultsFile } from '../simulator/results/types';
import { isPanelMessage, panelStateOf, RESULTS_VIEW_TYPE, type ExportKind, type HostMessage, type PanelIdentity, type PanelMessage } from '../webview/protocol';
import { panelContent } from './results-panel-content';
import { EXPORT_FILTERS, exportBytes, exportFileName } from './results-panel-export';
import { resultsPanelHtml } from './results-panel-html';

type ExportMessage = Extract<PanelMessage, { type: 'export' }>;
type ExportReply = ExportMessage | Extract<PanelMessage, { type: 'export-failed' }>;

/** How long the Export command waits for the page to answer. */
const EXPORT_TIMEOUT_MS = 15_000;

interface OpenPanel {
  readonly panel: vscode.WebviewPanel;
  identity: PanelIdentity;
  /** What the page shows: the latest results, or why there are none. */
  content: HostMessage | null;
  /** The page has said `ready` since it was last (re)loaded. */
  ready: boolean;
}

export class ResultsPanels implements vscode.Disposable {
  private readonly panels = new Map<string, OpenPanel>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly pendingExports = new Map<number, (reply: ExportReply) => void>();
  private readonly readyWaiters = new Map<OpenPanel, (() => void)[]>();
  private nextRequestId = 1;
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
    this.setContent(open, { type: 'results', panel: open.identity, ...panelContent(results) });
  }

  /** Live update of an open panel (partial results while a run streams); no-op if that panel is closed. */
  update(key: string, results: ResultsFile): void {
    const open = this.panels.get(key);
    if (open) this.setContent(open, { type: 'results', panel: open.identity, ...panelContent(results) });
  }

  /** Asks the active panel's webview to export its focused/first chart as PNG or its data as CSV (save dialog). */
  async exportFromActivePanel(kind: ExportKind): Promise<void> {
    const open = [...this.panels.values()].find((p) => p.panel.active) ?? this.lastActive;
    if (!open) {
      void vscode.window.showInformationMessage('Open a results panel first: there is no chart to export.');
      return;
    }
    if (!open.panel.visible) open.panel.reveal(undefined, false);
    const requestId = this.nextRequestId++;
    const reply = new Promise<ExportReply | null>((resolve) => {
      const timer = setTimeout(() => {
        this.pendingExports.delete(requestId);
        resolve(null);
      }, EXPORT_TIMEOUT_MS);
      this.pendingExports.set(requestId, (message) => {
        clearTimeout(timer);
        resolve(message);
      });
    });
    void this.whenReady(open).then(() => open.panel.webview.postMessage({ type: 'export-request', requestId, kind } satisfies HostMessage));
    const message = await reply;
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
    const identity = panelStateOf(state).panel;
    const open = this.adopt(panel, identity ?? { key: `restored:${Date.now()}`, title: panel.title, resultsFolder: null });
    if (!identity?.resultsFolder) {
      this.setContent(open, { type: 'problem', message: 'This panel showed a run that had not written its results when VS Code closed.' });
      return;
    }
    try {
      const results = await this.readResults(vscode.Uri.parse(identity.resultsFolder));
      this.setContent(open, { type: 'results', panel: identity, ...panelContent(results) });
    } catch (error) {
      this.setContent(open, { type: 'problem', message: `Cannot read the results in ${identity.resultsFolder}: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  private adopt(panel: vscode.WebviewPanel, identity: PanelIdentity): OpenPanel {
    const open: OpenPanel = { panel, identity, content: null, ready: false };
    const webview = panel.webview;
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
      webview.onDidReceiveMessage((message: unknown) => this.receive(open, message)),
      panel.onDidChangeViewState(() => {
        if (panel.active) this.lastActive = open;
        // A hidden page is discarded; it says `ready` again when shown.
        if (!panel.visible) open.ready = false;
      }),
    ];
    panel.onDidDispose(() => {
      for (const s of subscriptions) s.dispose();
      if (this.panels.get(open.identity.key) === open) this.panels.delete(open.identity.key);
      if (this.lastActive === open) this.lastActive = undefined;
    });
    return open;
  }

  private setContent(open: OpenPanel, content: HostMessage): void {
    open.content = content;
    if (open.ready) void open.panel.webview.postMessage(content);
  }

  private whenReady(open: OpenPanel): Promise<void> {
    if (open.ready) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.set(open, [...(this.readyWaiters.get(open) ?? []), resolve]));
  }

  private receive(open: OpenPanel, message: unknown): void {
    if (!isPanelMessage(message)) return;
    switch (message.type) {
      case 'ready':
        open.ready = true;
        if (open.content) void open.panel.webview.postMessage(open.content);
        for (const resolve of this.readyWaiters.get(open) ?? []) resolve();
        this.readyWaiters.delete(open);
        return;
      case 'export':
      case 'export-failed': {
        const pending = message.requestId === null ? undefined : this.pendingExports.get(message.requestId);
        if (pending) {
          this.pendingExports.delete(message.requestId!);
          pending(message);
        } else if (message.type === 'export') {
          void this.save(open, message);
        }
        return;
      }
    }
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
