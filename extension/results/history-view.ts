// The results history view: every run folder of each workspace folder's results folder,
// newest first; selecting one opens its results panel. A run this version cannot open (e.g.
// results of an older format) says why in its row instead of failing when clicked.

import * as vscode from 'vscode';
import { COMMAND_IDS } from '../command-ids';
import { resultsProblem, type ResultsStore, type StoredRun } from './results-store';

export const HISTORY_VIEW = 'tornet.resultsHistory';

export class ResultsHistory implements vscode.TreeDataProvider<StoredRun>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly stores: () => ResultsStore[]) {}

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(element?: StoredRun): Promise<StoredRun[]> {
    if (element) return [];
    const lists = await Promise.all(this.stores().map((store) => store.list().catch(() => [])));
    return lists.flat().sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime());
  }

  async getTreeItem(run: StoredRun): Promise<vscode.TreeItem> {
    const problem = await resultsProblem(run.folder);
    const item = new vscode.TreeItem(run.scenario, vscode.TreeItemCollapsibleState.None);
    item.description = problem ? `${run.startedAt.toLocaleString()} · ${problem}` : run.startedAt.toLocaleString();
    item.tooltip = problem ? `${run.folder}\n${problem}` : run.folder;
    item.iconPath = new vscode.ThemeIcon(problem ? 'warning' : 'graph');
    item.resourceUri = vscode.Uri.file(run.folder);
    item.contextValue = 'tornet.run';
    item.command = { title: 'Open Results', command: COMMAND_IDS.openResults, arguments: [run.folder] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
