// The server never dies: mutated examples go through didChange, and every feature is asked
// about random positions. Deterministic (seeded) so that a failure reproduces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  CodeActionRequest,
  CodeLensRequest,
  CompletionRequest,
  DocumentFormattingRequest,
  DocumentLinkRequest,
  InlayHintRequest,
  SemanticTokensRequest,
  SignatureHelpRequest,
  DefinitionRequest,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  ReferencesRequest,
  SelectionRangeRequest,
  type Position,
} from 'vscode-languageserver-protocol';
import { positionAt } from './support/fixture';
import { session } from './support/session';
import { seededRandom } from '../support/random';

const s = session();
const examples = resolve(import.meta.dirname, '../../examples');
const ROUNDS = 60;
const FRAGMENTS = ['{', '}', '(', ')', '[', ']', ',', ';', '"', '/*', '//', '\n', '=', '..', '<->', ' ms', ' MiB/s', 'x', '-', '%', '1e309', 'µ', '\u0000', 'relays', 'include "../../etc/passwd"', 'loss'];

function mutate(text: string, next: () => number): string {
  let out = text;
  const edits = 1 + Math.floor(next() * 5);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(next() * (out.length + 1));
    const choice = next();
    if (choice < 0.4) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(next() * 20));
    else if (choice < 0.8) out = out.slice(0, at) + FRAGMENTS[Math.floor(next() * FRAGMENTS.length)] + out.slice(at);
    else {
      const from = Math.floor(next() * out.length);
      out = out.slice(0, at) + out.slice(from, from + 40) + out.slice(at);
    }
  }
  return out;
}

test('the server answers every feature on mutated examples and stays alive', async () => {
  const files = readdirSync(examples).filter((name) => name.endsWith('.tornet'));
  assert.ok(files.length > 0);
  const next = seededRandom(20260101);
  const client = s.client();
  const { uri } = await s.open('');
  let text = '';
  for (let round = 0; round < ROUNDS; round++) {
    const source = readFileSync(join(examples, files[round % files.length]!), 'utf8');
    text = mutate(round % 3 === 0 ? source : text || source, next);
    await client.change(uri, [{ text }]);
    const position: Position = positionAt(text, Math.floor(next() * (text.length + 1)));
    const at = { textDocument: { uri }, position };
    const answers = await Promise.all([
      client.connection.sendRequest(HoverRequest.type, at),
      client.connection.sendRequest(CompletionRequest.type, at),
      client.connection.sendRequest(DefinitionRequest.type, at),
      client.connection.sendRequest(ReferencesRequest.type, { ...at, context: { includeDeclaration: true } }),
      client.connection.sendRequest(DocumentHighlightRequest.type, at),
      client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }),
      client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } }),
      client.connection.sendRequest(SelectionRangeRequest.type, { textDocument: { uri }, positions: [position] }),
      client.connection.sendRequest(SignatureHelpRequest.type, at),
      client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: position } }),
      client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }),
      client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } }),
      client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } }),
      client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }),
      client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } }),
    ]);
    assert.equal(answers.length, 15);
    assert.ok(client.alive, `server died in round ${round}`);
  }
  const failures = client.logs.filter((line) => line.includes(' failed: '));
  assert.deepEqual(failures, [], 'no feature threw on any input');
  await client.currentDiagnostics(uri);
});
