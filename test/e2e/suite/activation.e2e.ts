import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describe, it } from 'mocha';
import { EXTENSION_ID, waitFor, workspaceFile } from './workspace';
import type { TorNetApi } from '../../../extension/main';
import { metrics } from './metrics';

describe('activation', () => {
  it('activates when a .tornet file is opened, not before', async () => {
    const extension = vscode.extensions.getExtension<TorNetApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    assert.equal(extension.isActive, false, 'nothing but a .tornet file activates the extension');

    const opened = Date.now();
    const document = await vscode.workspace.openTextDocument(workspaceFile('tiny.tornet'));
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'tornet');
    await waitFor('activation', () => extension.isActive, 60_000);
    // Activation starts the language server and registers contributions; it parses nothing.
    metrics.activationMs = Date.now() - opened;
    await extension.exports.serverReady;
    metrics.languageServerReadyMs = Date.now() - opened;
  });
});
