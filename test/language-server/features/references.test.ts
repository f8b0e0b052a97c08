import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DefinitionRequest,
  DocumentHighlightKind,
  DocumentHighlightRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  ResponseError,
  type Location,
} from 'vscode-languageserver-protocol';
import { fileUri } from '../support/client';
import { session } from '../support/session';

const s = session();

const SCENARIO = `loss <|lossy|> = constant(1 %)
loss worse = <|los<|>sy|> * 2
internet {
  loss <|lossy|>
}
`;

test('goes to the definition of a reference', async () => {
  const { uri, positions, ranges } = await s.open(SCENARIO);
  const location = (await s.client().connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: positions[0]! })) as Location;
  assert.deepEqual(location, { uri, range: ranges[0] });
});

test('finds every reference, with or without the declaration, and highlights them', async () => {
  const { uri, positions, ranges } = await s.open(SCENARIO);
  const all = await s.client().connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: positions[0]!, context: { includeDeclaration: true } });
  assert.deepEqual(all, ranges.map((range) => ({ uri, range })));
  const uses = await s.client().connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: positions[0]!, context: { includeDeclaration: false } });
  assert.deepEqual(uses, ranges.slice(1).map((range) => ({ uri, range })));
  const highlights = await s.client().connection.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri }, position: positions[0]! });
  assert.deepEqual(highlights?.map((h) => h.kind), [DocumentHighlightKind.Write, DocumentHighlightKind.Read, DocumentHighlightKind.Read]);
});

test('renames a name everywhere, across an included file', async () => {
  writeFileSync(join(s.workspace, 'shared.tornet'), 'loss common = constant(2 %)\n');
  const { uri, positions } = await s.open('include "shared.tornet"\ninternet {\n  loss com<|>mon\n}\n');
  const prepared = await s.client().connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: positions[0]! });
  assert.deepEqual(prepared, { range: { start: { line: 2, character: 7 }, end: { line: 2, character: 13 } }, placeholder: 'common' });
  const edit = await s.client().connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: positions[0]!, newName: 'usual' });
  assert.deepEqual(edit?.changes, {
    [fileUri(join(s.workspace, 'shared.tornet'))]: [{ range: { start: { line: 0, character: 5 }, end: { line: 0, character: 11 } }, newText: 'usual' }],
    [uri]: [{ range: { start: { line: 2, character: 7 }, end: { line: 2, character: 13 } }, newText: 'usual' }],
  });
});

test('refuses to rename keywords and values of the language, and invalid new names', async () => {
  const { uri, positions } = await s.open('relays g x 1 {\n  socket-sched<|>uler ki<|>st\n}\nconst n<|> = 1\n');
  for (const position of positions.slice(0, 2)) {
    await assert.rejects(
      s.client().connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position }),
      (error: unknown) => error instanceof ResponseError && /not a declared name/.test(error.message),
    );
  }
  await assert.rejects(
    s.client().connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: positions[2]!, newName: '9 lives' }),
    (error: unknown) => error instanceof ResponseError && /not a valid name/.test(error.message),
  );
});

test('a group named inside a setting path is a reference: rename changes the path segment', async () => {
  const { uri, positions, ranges } = await s.open(`relays <|fast|> x 2 { flags guard exit }
experiment e {
  variant more { relays.<|fa<|>st|>.count 4 }
  vary relays.<|fast|>.socket-scheduler [amap, kist]
}
`);
  const all = await s.client().connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: positions[0]!, context: { includeDeclaration: true } });
  assert.deepEqual(all, ranges.map((range) => ({ uri, range })));
  const edit = await s.client().connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: positions[0]!, newName: 'quick' });
  assert.deepEqual(edit?.changes?.[uri]?.map((change) => change.range), ranges);
});

test('goes to a definition in an included file', async () => {
  writeFileSync(join(s.workspace, 'defs.tornet'), '// shared\nloss far-away = constant(1 %)\n');
  const { uri, positions } = await s.open('include "defs.tornet"\ninternet {\n  loss far-aw<|>ay\n}\n');
  const location = (await s.client().connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: positions[0]! })) as Location;
  assert.deepEqual(location, { uri: fileUri(join(s.workspace, 'defs.tornet')), range: { start: { line: 1, character: 5 }, end: { line: 1, character: 13 } } });
});
