// Drives the language server as an editor would: starts it as a separate process, speaks
// JSON-RPC over stdio, opens and edits documents, and collects what the server pushes.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import {
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  type Diagnostic,
  type InitializeResult,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';

const root = resolve(import.meta.dirname, '../../..');

export interface StartOptions {
  /** Workspace folder (a directory path); includes are confined to it. */
  readonly workspace?: string;
  /** A bundled server (a .cjs path) to run instead of the TypeScript sources (benchmarks). */
  readonly bundle?: string;
  /** Node options for the server process (benchmarks: as the extension launches it). */
  readonly nodeArgs?: readonly string[];
}

export class TestClient {
  readonly logs: string[] = [];
  private readonly versions = new Map<string, number>();
  private readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: (() => void)[] = [];

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
    readonly capabilities: InitializeResult['capabilities'],
  ) {
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params.message);
    });
  }

  static async start(options: StartOptions = {}): Promise<TestClient> {
    const server = options.bundle ? [options.bundle] : ['--import', 'tsx', 'language-server/main.ts'];
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...server, '--stdio'], { cwd: root });
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.listen();
    const workspaceUri = options.workspace ? pathToFileURL(options.workspace).href : null;
    const pending: Promise<InitializeResult> = connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: workspaceUri,
      workspaceFolders: workspaceUri ? [{ uri: workspaceUri, name: 'workspace' }] : null,
      capabilities: {},
    });
    const client = new TestClient(child, connection, (await pending).capabilities);
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  async open(uri: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'tornet', version: 1, text } });
  }

  /** Applies edits (incremental, or a whole new text) and returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Every diagnostics notification received so far for `uri`, oldest first. */
  publishedFor(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter((params) => params.uri === uri);
  }

  /**
   * Waits for the latest diagnostics of `uri` that satisfy `accept`, re-checking at each
   * notification. `timeoutMs: Infinity` waits on notifications only (the test's own timeout
   * then bounds a server that never publishes).
   */
  async diagnostics(uri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.publishedFor(uri).findLast(accept);
      if (found) return found;
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`no matching diagnostics for ${uri}; got ${JSON.stringify(this.publishedFor(uri))}`);
      await new Promise<void>((wake) => {
        const timer = Number.isFinite(remaining) ? setTimeout(wake, remaining) : undefined;
        this.waiters.push(() => {
          clearTimeout(timer);
          wake();
        });
      });
    }
  }

  /** Diagnostics of the current version of `uri`. */
  async currentDiagnostics(uri: string, timeoutMs?: number): Promise<PublishDiagnosticsParams> {
    const version = this.versions.get(uri);
    return this.diagnostics(uri, (params) => params.version === version, timeoutMs);
  }

  /** The server's process id (benchmarks read its memory). */
  get pid(): number {
    return this.child.pid!;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  async stop(): Promise<void> {
    if (this.alive) {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
      await new Promise<void>((done) => {
        if (!this.alive) done();
        else this.child.once('exit', () => done());
      });
    }
    this.connection.dispose();
  }
}

/** A diagnostic's message as text (LSP 3.18 also allows markup). */
export function messageOf(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

/** A file URI inside a (possibly non-existent) directory. */
export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}
