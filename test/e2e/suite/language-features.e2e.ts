import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describe, it } from 'mocha';
import { openMarked } from './workspace';

describe('language features through the editor', () => {
  it('completion offers the keywords of the enclosing block', async () => {
    const { document, positions } = await openMarked('complete.tornet', 'scenario "x" {\n  duration 10 min\n  <|>\n}\n');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, positions[0]);
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(labels.includes('warmup') && labels.includes('seeds'), JSON.stringify(labels));
    assert.ok(!labels.includes('duration'), 'duration is already set');
  });

  it('hover documents a keyword with its unit and default', async () => {
    const { document, positions } = await openMarked('hover.tornet', 'scenario "x" {\n  dura<|>tion 10 min\n}\n');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positions[0]);
    const markdown = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
    assert.match(markdown, /\*\*duration\*\*/);
    assert.match(markdown, /Default: 1 h/);
  });
});
