// The extension's settings (package.json `contributes.configuration`), read when needed so
// that changes apply to the next run without a reload.

import * as vscode from 'vscode';
import type { RunSettings } from './run/run-request';

export interface Settings extends RunSettings {
  /** Where run folders go: relative to the workspace folder, or absolute. */
  readonly resultsFolder: string;
  /** Open the results panel when a run starts. */
  readonly openPanel: boolean;
}

export const DEFAULT_RESULTS_FOLDER = '.tornet/results';

export function readSettings(scope?: vscode.Uri): Settings {
  const config = vscode.workspace.getConfiguration('tornet', scope);
  return {
    resultsFolder: config.get<string>('results.folder') || DEFAULT_RESULTS_FOLDER,
    defaultSeeds: Math.max(0, Math.floor(config.get<number>('run.defaultSeeds') ?? 0)),
    workers: Math.max(0, Math.floor(config.get<number>('run.workers') ?? 0)),
    openPanel: config.get<boolean>('run.openPanel') ?? true,
  };
}
