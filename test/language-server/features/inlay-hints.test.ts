import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InlayHintRequest } from 'vscode-languageserver-protocol';
import { session } from '../support/session';

const s = session();

const NETWORK = `internet {
  location east { access 1 Gbit/s }
  latency east <-> east 10 ms
}
servers web x 2 { bandwidth 100 Mbit/s; location east }
clients c x 10 { fetch 320 KiB; think 1 s; location east }
`;

async function hints(text: string) {
  const { uri } = await s.open(text);
  const range = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };
  return (await s.client().connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range })) ?? [];
}

test('shows each relay population total capacity after its count', async () => {
  const result = await hints(`relays g x 15 { bandwidth lognormal(median 8 MiB/s, sigma 0.9); flags guard exit; location east }
relays m x 4 { bandwidth uniform(1 MiB/s, 3 MiB/s); flags guard exit; location east }
relays w x 3 { bandwidth choice(1 MiB/s, 3 MiB/s); flags guard exit; location east }
${NETWORK}`);
  assert.deepEqual(
    result.map((hint) => [hint.position, hint.label]),
    [
      [{ line: 0, character: 13 }, '≈ 120 MiB/s total'],
      [{ line: 1, character: 12 }, '≈ 8 MiB/s total'],
    ],
  );
});

test('no hints for a document with errors', async () => {
  assert.deepEqual(await hints(`relays g x 15 { bandwidth lognormal(median 8 MiB/s, sigma 0.9); flags guard exit; location nowhere }\n${NETWORK}`), []);
});
