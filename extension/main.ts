// Entry of the extension bundle (dist/extension.cjs). Activation creates the context, registers
// the commands and starts the language server; it parses and simulates nothing.

import * as vscode from 'vscode';
import { CONTEXT_KEYS } from './command-ids';
import { registerCommands } from './commands';
import { Context } from './context';
import type { RunEntry } from './results/last-results';
import type { RunController } from './run/run-controller';

/** What `activate` returns: for in-host tests and other extensions. */
export interface TorNetApi {
  readonly runs: RunController;
  /** The results shown or run last, if any. */
  lastResults(): RunEntry | undefined;
  /** Resolves once the language server has started (rejects if it could not). */
  readonly serverReady: Promise<void>;
}

let context: Context | undefined;

export function activate(extension: vscode.ExtensionContext): TorNetApi {
  const ctx = new Context(extension);
  context = ctx;
  registerCommands(ctx);
  // The results history view appears once the extension is active (a view would activate it).
  void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.activated, true);
  const serverReady = ctx.start();
  // Without a server the editor loses diagnostics and runs, not the rest of the extension.
  serverReady.catch((error: unknown) => ctx.output.error(`the language server did not start: ${error instanceof Error ? error.message : String(error)}`));
  return { runs: ctx.runs, lastResults: () => ctx.lastResults.latest(), serverReady };
}

export async function deactivate(): Promise<void> {
  await context?.dispose();
  context = undefined;
}
