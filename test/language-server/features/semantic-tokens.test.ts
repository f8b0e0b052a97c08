import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SemanticTokensRequest } from 'vscode-languageserver-protocol';
import { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES } from '../../../language-server/protocol';
import { session } from '../support/session';

const s = session();

/** Decodes the server's relative encoding into `text type [modifiers]` strings, in order. */
async function tokens(marked: string): Promise<string[]> {
  const { uri, text } = await s.open(marked);
  const result = await s.client().connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
  const lines = text.split('\n');
  const decoded: string[] = [];
  let line = 0;
  let character = 0;
  const data = result?.data ?? [];
  for (let index = 0; index < data.length; index += 5) {
    const [deltaLine, deltaStart, length, type, modifiers] = data.slice(index, index + 5) as [number, number, number, number, number];
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const names = SEMANTIC_TOKEN_MODIFIERS.filter((_, bit) => (modifiers & (1 << bit)) !== 0);
    decoded.push([lines[line]!.slice(character, character + length), SEMANTIC_TOKEN_TYPES[type], ...names].join(' '));
  }
  return decoded;
}

test('the server declares the legend of protocol.ts', () => {
  const provider = s.client().capabilities.semanticTokensProvider;
  assert.deepEqual(provider?.legend, { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS] });
  assert.equal(provider?.full, true);
});

test('classifies keywords, properties, values, names, functions, numbers, units, strings, comments and operators', async () => {
  const result = await tokens(`// head
scenario "x" { duration 10 min }
const base = 50 ms
loss high = proportional(1.5 % per 300 ms, cap 300 ms) * 2
internet {
  location east { access 1 Gbit/s }
  latency east <-> east base
  loss high
}
relays g x 3 { bandwidth lognormal(median 8 MiB/s, sigma 0.9); flags guard exit; socket-scheduler kist; location east }
`);
  assert.deepEqual(result, [
    '// head comment',
    'scenario keyword',
    '"x" string',
    'duration property',
    '10 number',
    'min type',
    'const keyword',
    'base variable declaration readonly',
    '= operator',
    '50 number',
    'ms type',
    'loss keyword',
    'high variable declaration',
    '= operator',
    'proportional function',
    '1.5 number',
    '% type',
    '300 number',
    'ms type',
    'cap parameter',
    '300 number',
    'ms type',
    '* operator',
    '2 number',
    'internet keyword',
    'location keyword',
    'east variable declaration',
    'access property',
    '1 number',
    'Gbit/s type',
    'latency keyword',
    'east variable',
    '<-> operator',
    'east variable',
    'base variable readonly',
    'loss property',
    'high variable',
    'relays keyword',
    'g variable declaration',
    '3 number',
    'bandwidth property',
    'lognormal function',
    'median parameter',
    '8 number',
    'MiB/s type',
    'sigma parameter',
    '0.9 number',
    'flags property',
    'guard enumMember',
    'exit enumMember',
    'socket-scheduler keyword',
    'kist enumMember',
    'location property',
    'east variable',
  ]);
});

test('marks deprecated options and splits multi-line comments per line', async () => {
  const result = await tokens(`/* one
two */
clients c x 1 { path-selection { cbt prop151 } }
`);
  assert.ok(result.includes('/* one comment') && result.includes('two */ comment'), result.join('\n'));
  assert.ok(result.includes('prop151 enumMember deprecated'), result.join('\n'));
  assert.ok(result.includes('cbt keyword'), result.join('\n'));
});

test('setting paths in variants are properties; unknown words get no token', async () => {
  const result = await tokens(`experiment e {
  variant a { relays.*.socket-scheduler kist }
  frobnicate 3
}
`);
  assert.ok(result.includes('relays.*.socket-scheduler property'), result.join('\n'));
  assert.ok(!result.some((entry) => entry.startsWith('frobnicate')), result.join('\n'));
});
