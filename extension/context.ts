// The one object that owns the extension's lifetimes (rust-analyzer's Ctx): the language
// client, the output channel, and every disposable registered while active. Commands, views
// and runs receive it instead of reaching for globals; `dispose` undoes everything.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './client';

export class Context implements vscode.Disposable {
  readonly output: vscode.LogOutputChannel;
  readonly client: LanguageClient;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(readonly extension: vscode.ExtensionContext) {
    this.output = this.own(vscode.window.createOutputChannel('TorNet', { log: true }));
    this.client = createLanguageClient(extension.extensionUri, this.output);
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

  async dispose(): Promise<void> {
    // Stop the client before the output channel it writes to goes away.
    await this.client.stop().catch(() => undefined);
    while (this.disposables.length > 0) this.disposables.pop()!.dispose();
  }
}
