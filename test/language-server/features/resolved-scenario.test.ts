import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REQUESTS, type ResolvedScenario, type RunTarget } from '../../../language-server/protocol';
import { fileUri } from '../support/client';
import { session } from '../support/session';

const s = session();

const request = <R>(method: string, uri: string) => s.client().connection.sendRequest<R>(method, { textDocument: { uri } });

test('answers the resolved model and the text it came from', async () => {
  const text = 'experiment cmp {\n  variant fast { load 2 }\n}\n';
  const { uri } = await s.open(text);
  const resolved = await request<ResolvedScenario>(REQUESTS.resolvedScenario, uri);
  assert.equal(resolved.text, text);
  assert.deepEqual(resolved.errors, []);
  assert.deepEqual(resolved.model?.experiments.map((e) => [e.name, e.variants.map((v) => v.name)]), [['cmp', ['fast']]]);
});

test('answers no model and every error with its place when the document has errors', async () => {
  const { uri, positions } = await s.open('experiment cmp {\n  variant fast { <|>lod 2 }\n}\n');
  const resolved = await request<ResolvedScenario>(REQUESTS.resolvedScenario, uri);
  assert.equal(resolved.model, null);
  assert.ok(resolved.errors.length > 0);
  assert.deepEqual({ uri: resolved.errors[0]!.uri, line: resolved.errors[0]!.line, character: resolved.errors[0]!.character }, { uri, ...positions[0] });
});

test('answers null for a document the server does not have open', async () => {
  assert.equal(await request<ResolvedScenario | null>(REQUESTS.resolvedScenario, fileUri('/nowhere/closed.tornet')), null);
});

test('lists where each experiment and declared variant starts', async () => {
  const { uri } = await s.open('experiment cmp {\n  variant fast { load 2 }\n  variant slow { load 1 }\n}\n');
  assert.deepEqual(await request<RunTarget[]>(REQUESTS.runTargets, uri), [
    { uri, line: 0, character: 0, experiment: 'cmp' },
    { uri, line: 1, character: 2, experiment: 'cmp', variant: 'fast' },
    { uri, line: 2, character: 2, experiment: 'cmp', variant: 'slow' },
  ]);
});
