// The document manager in-process, driven through the text-document notifications TextDocuments
// listens to, to check what it keeps alive (the protocol tests cannot see the server's heap).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Connection } from 'vscode-languageserver';
import { DocumentManager } from '../../../language-server/documents/document-manager';
import type { Analysis } from '../../../language-server/documents/analysis';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

type Handler = (event: unknown) => void;

/** The notifications TextDocuments.listen registers, and a way to send them. */
function fakeConnection() {
  const handlers = new Map<string, Handler>();
  const on = (name: string) => (handler: Handler) => {
    handlers.set(name, handler);
    return { dispose: () => handlers.delete(name) };
  };
  const connection = {
    onDidOpenTextDocument: on('open'),
    onDidChangeTextDocument: on('change'),
    onDidCloseTextDocument: on('close'),
    onWillSaveTextDocument: on('willSave'),
    onWillSaveTextDocumentWaitUntil: on('willSaveWaitUntil'),
    onDidSaveTextDocument: on('save'),
  };
  const send = (name: string, event: unknown) => handlers.get(name)!(event);
  return { connection: connection as unknown as Connection, send };
}

test('a stale analysis is unreachable while its successor is being made', async () => {
  const manager = new DocumentManager({ debounceMs: 60_000, onAnalysed: () => {}, onClosed: () => {} });
  const { connection, send } = fakeConnection();
  manager.listen(connection);
  const uri = 'file:///w/main.tornet';
  const included = 'file:///w/network.tornet';
  send('open', { textDocument: { uri: included, languageId: 'tornet', version: 1, text: 'const hop = 10 ms\n' } });
  send('open', { textDocument: { uri, languageId: 'tornet', version: 1, text: 'include "network.tornet"\nconst rtt = 2 * hop\n' } });
  let stale: WeakRef<Analysis> | undefined = new WeakRef(manager.analysis(uri)!);
  assert.ok(stale.deref()?.check.declarations.length, 'the first analysis declares constants');
  // A WeakRef keeps its target alive until the current job ends.
  await new Promise((resolve) => setImmediate(resolve));

  // The new analysis reads the included file through the manager: look at the heap from there.
  let staleAliveDuringAnalysis: boolean | undefined;
  const openText = manager.text.bind(manager);
  manager.text = (file: string) => {
    if (file === included && stale) {
      collectGarbage();
      staleAliveDuringAnalysis = stale.deref() !== undefined;
      stale = undefined;
    }
    return openText(file);
  };
  send('change', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'include "network.tornet"\nconst rtt = 3 * hop\n' }] });
  const fresh = manager.analysis(uri)!;
  manager.dispose();

  assert.equal(fresh.version, 2);
  assert.equal(staleAliveDuringAnalysis, false);
});

test('an analysis of the current version is reused, not remade', () => {
  const manager = new DocumentManager({ debounceMs: 60_000, onAnalysed: () => {}, onClosed: () => {} });
  const { connection, send } = fakeConnection();
  manager.listen(connection);
  const uri = 'file:///w/a.tornet';
  send('open', { textDocument: { uri, languageId: 'tornet', version: 1, text: 'const a = 1\n' } });
  const first = manager.analysis(uri);
  assert.equal(manager.analysis(uri), first);
  send('change', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'const a = 2\n' }] });
  const second = manager.analysis(uri);
  manager.dispose();
  assert.notEqual(second, first);
  assert.equal(second?.version, 2);
});
