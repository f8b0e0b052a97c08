import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CodeLensRequest, DocumentLinkRequest, SymbolKind, WorkspaceSymbolRequest, type SymbolInformation } from 'vscode-languageserver-protocol';
import { COMMANDS } from '../../../language-server/protocol';
import { fileUri } from '../support/client';
import { session } from '../support/session';

const s = session();

test('links include paths to the files they name', async () => {
  const { uri, ranges } = await s.open('include "<|common/net.tornet|>"\nconst a = 1\n', 'links.tornet');
  const links = await s.client().connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } });
  assert.deepEqual(links?.map((link) => ({ range: link.range, target: link.target })), [{ range: ranges[0], target: fileUri(join(s.workspace, 'common/net.tornet')) }]);
});

test('puts Run above each experiment and Run variant above each variant', async () => {
  const { uri } = await s.open('experiment cmp {\n  variant fast { load 2 }\n  baseline fast\n}\n');
  const lenses = await s.client().connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
  assert.deepEqual(
    lenses?.map((lens) => ({ line: lens.range.start.line, title: lens.command?.title, command: lens.command?.command, args: lens.command?.arguments })),
    [
      { line: 0, title: '▶ Run', command: COMMANDS.runExperiment, args: [{ uri, experiment: 'cmp' }] },
      { line: 1, title: '▶ Run variant', command: COMMANDS.runVariant, args: [{ uri, experiment: 'cmp', variant: 'fast' }] },
    ],
  );
});

test('finds declarations of open documents by a substring of their name', async () => {
  await s.open('relays guard-east x 2 { }\nclients web x 3 { }\n', 'a.tornet');
  await s.open('relays guard-west x 2 { }\n', 'b.tornet');
  const symbols = (await s.client().connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'GUARD' })) as SymbolInformation[];
  assert.deepEqual(symbols.map((symbol) => [symbol.name, symbol.kind]).sort(), [
    ['guard-east', SymbolKind.Class],
    ['guard-west', SymbolKind.Class],
  ]);
});
