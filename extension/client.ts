// Starts the TorNet language server (dist/server.cjs beside this bundle) over Node IPC.

import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export const LANGUAGE_ID = 'tornet';

export function createLanguageClient(extensionUri: vscode.Uri, output: vscode.LogOutputChannel): LanguageClient {
  const module = vscode.Uri.joinPath(extensionUri, 'dist', 'server.cjs').fsPath;
  // A larger young generation: a large file's syntax tree outlives the young-generation
  // collections of its analysis, which otherwise copy it each time (docs/performance.md, Parser).
  const youngGeneration = '--max-semi-space-size=64';
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [youngGeneration] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [youngGeneration, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: LANGUAGE_ID }, { scheme: 'untitled', language: LANGUAGE_ID }],
    outputChannel: output,
    // `tornet.trace.server` is read by the client itself (its name is the client id + '.trace.server').
  };
  return new LanguageClient(LANGUAGE_ID, 'TorNet Language Server', serverOptions, clientOptions);
}
