import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentSymbolRequest, SymbolKind, type DocumentSymbol } from 'vscode-languageserver-protocol';
import { session } from '../support/session';

const s = session();

test('outlines statements nested as written, named by what they declare', async () => {
  const { uri, ranges } = await s.open(`<|scenario "demo" {
  duration 10 min
}|>
loss <|lossy|> = constant(1 %)
relays <|guard|> x 15 {
  bandwidth 8 MiB/s
  socket-scheduler kist { interval 10 ms }
}
experiment cmp {
  variant fast { load 2 }
}
`);
  const symbols = (await s.client().connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  const outline = (list: DocumentSymbol[]): unknown[] => list.map((symbol) => (symbol.children?.length ? [symbol.name, outline(symbol.children)] : symbol.name));
  assert.deepEqual(outline(symbols), [
    ['scenario', ['duration']],
    'lossy',
    ['guard', ['bandwidth', ['socket-scheduler', ['interval']]]],
    ['cmp', [['fast', ['load']]]],
  ]);
  assert.equal(symbols[0]!.detail, '"demo"');
  assert.deepEqual(symbols[0]!.range, ranges[0]);
  assert.equal(symbols[1]!.kind, SymbolKind.Function);
  assert.deepEqual(symbols[1]!.selectionRange, ranges[1]);
  assert.equal(symbols[2]!.kind, SymbolKind.Class);
  assert.equal(symbols[2]!.detail, 'relays x 15');
  assert.deepEqual(symbols[2]!.selectionRange, ranges[2]);
});

test('outlines a document with a broken statement without losing the rest', async () => {
  const { uri } = await s.open('relays a x {\n  bandwidth (\n}\nclients c x 2 { }\n');
  const symbols = (await s.client().connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  assert.ok(symbols.some((symbol) => symbol.name === 'c'), JSON.stringify(symbols.map((symbol) => symbol.name)));
});
