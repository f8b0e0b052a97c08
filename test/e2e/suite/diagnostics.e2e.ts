import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describe, it } from 'mocha';
import { openMarked, waitFor } from './workspace';

describe('diagnostics', () => {
  it('a broken file gets diagnostics with locations from the language server (the Problems view)', async () => {
    const { document, positions } = await openMarked('broken.tornet', 'scenario "broken" {\n  duration <|>ten min\n}\n');
    const diagnostics = await waitFor('diagnostics of broken.tornet', () => {
      const found = vscode.languages.getDiagnostics(document.uri);
      return found.length > 0 && found;
    });
    const error = diagnostics.find((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.ok(error, JSON.stringify(diagnostics));
    assert.equal(error.range.start.line, positions[0]!.line, error.message);
    assert.ok(error.code !== undefined, 'every diagnostic has a stable code');
  });

  it('fixing the file clears its diagnostics', async () => {
    const { document } = await openMarked('fixed.tornet', 'scenario "broken" {\n  duration ten min\n}\n');
    await waitFor('diagnostics of fixed.tornet', () => vscode.languages.getDiagnostics(document.uri).length > 0);
    const editor = await vscode.window.showTextDocument(document);
    const ten = document.getText().indexOf('ten');
    await editor.edit((edit) => edit.replace(new vscode.Range(document.positionAt(ten), document.positionAt(ten + 3)), '10'));
    await waitFor('no diagnostics after the fix', () => vscode.languages.getDiagnostics(document.uri).length === 0);
  });
});
