import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SelectionRangeRequest, type SelectionRange } from 'vscode-languageserver-protocol';
import { textOf } from '../support/fixture';
import { session } from '../support/session';

const s = session();

test('expands from a word through its call, statement and block to the file', async () => {
  const { uri, text, positions } = await s.open('relays g x 2 {\n  bandwidth lognormal(median 8 Mi<|>B/s, sigma 0.9)\n}\n');
  const selections = await s.client().connection.sendRequest(SelectionRangeRequest.type, { textDocument: { uri }, positions });
  const selection = selections?.[0];
  const chain: string[] = [];
  for (let range: SelectionRange | undefined = selection; range; range = range.parent) chain.push(textOf(text, range.range));
  assert.deepEqual(chain, [
    'MiB/s',
    '8 MiB/s',
    'median 8 MiB/s',
    'lognormal(median 8 MiB/s, sigma 0.9)',
    'bandwidth lognormal(median 8 MiB/s, sigma 0.9)',
    '{\n  bandwidth lognormal(median 8 MiB/s, sigma 0.9)\n}',
    'relays g x 2 {\n  bandwidth lognormal(median 8 MiB/s, sigma 0.9)\n}',
    text,
  ]);
});
