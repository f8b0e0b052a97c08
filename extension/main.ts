// Entry of the extension bundle (dist/extension.cjs). Activation creates the context, starts
// the language server and registers contributions; it parses and simulates nothing.

import type * as vscode from 'vscode';
import { Context } from './context';

let context: Context | undefined;

export async function activate(extension: vscode.ExtensionContext): Promise<void> {
  context = new Context(extension);
  try {
    await context.start();
  } catch (error) {
    // Without a server the editor loses diagnostics, not the rest of the extension.
    context.output.error(`the language server did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function deactivate(): Promise<void> {
  await context?.dispose();
  context = undefined;
}
