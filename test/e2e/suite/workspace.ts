// Helpers for in-host tests: files in the (temporary) fixture workspace, waiting on editor state.
import * as vscode from 'vscode';
import { fixture } from '../../language-server/support/fixture';

export const EXTENSION_ID = 'tornet-studio.tornet-studio';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the in-host suite needs the fixture workspace open');
  return folder.uri;
}

export const workspaceFile = (name: string) => vscode.Uri.joinPath(workspaceRoot(), name);

/** Writes `source` (with `<|>` cursor markers) as NAME in the workspace, opens it in an editor and
 *  returns the document and the marked positions. */
export async function openMarked(name: string, source: string): Promise<{ document: vscode.TextDocument; positions: vscode.Position[] }> {
  const { text, positions } = fixture(source);
  const uri = workspaceFile(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  return { document, positions: positions.map((position) => new vscode.Position(position.line, position.character)) };
}

/** Polls `probe` until it returns a value other than undefined/false/null, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
