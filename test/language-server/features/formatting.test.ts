import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import { DocumentFormattingRequest, DocumentRangeFormattingRequest, type Range, type TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument, tokenize } from '../../../grammar';
import { session } from '../support/session';

const s = session();
const examples = resolve(import.meta.dirname, '../../../examples');
const options = { tabSize: 2, insertSpaces: true };

async function format(uri: string, range?: Range): Promise<TextEdit[]> {
  const connection = s.client().connection;
  const edits = range
    ? await connection.sendRequest(DocumentRangeFormattingRequest.type, { textDocument: { uri }, range, options })
    : await connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options });
  return edits ?? [];
}

/** Opens `text`, formats it over the protocol and returns the formatted text. */
async function formatted(text: string, name?: string): Promise<string> {
  const { uri } = await s.open(text, name);
  return TextDocument.applyEdits(TextDocument.create(uri, 'tornet', 1, text), await format(uri));
}

test('lays out indentation, spacing, semicolons and blank lines canonically', async () => {
  const text = [
    '',
    '',
    'scenario "x" {',
    '      duration   10 min ; warmup 1 min',
    'seeds 3;',
    '',
    '',
    '',
    '    }',
    'relays g  x 3 {bandwidth lognormal (median 8MiB/s,sigma 0.9);flags guard exit;}',
    'const a = - 2 ms',
    'loss l = proportional(1.5 % per 300 ms , cap 300 ms) * 2',
    'experiment e { vary load [ low : 0.5 , high: 1.5 ] ; baseline low }',
  ].join('\n');
  assert.equal(
    await formatted(text),
    [
      'scenario "x" {',
      '  duration 10 min',
      '  warmup 1 min',
      '  seeds 3',
      '',
      '}',
      'relays g x 3 { bandwidth lognormal(median 8 MiB/s, sigma 0.9); flags guard exit }',
      'const a = -2 ms',
      'loss l = proportional(1.5 % per 300 ms, cap 300 ms) * 2',
      'experiment e { vary load [low: 0.5, high: 1.5]; baseline low }',
      '',
    ].join('\n'),
  );
});

test('indents wrapped argument lists one level per open bracket', async () => {
  const text = 'relays g x 3 {\nbandwidth lognormal(\nmedian 8 MiB/s,\n      sigma 0.9\n   )\n}\n';
  assert.equal(await formatted(text), 'relays g x 3 {\n  bandwidth lognormal(\n    median 8 MiB/s,\n    sigma 0.9\n  )\n}\n');
});

test('keeps every comment exactly and where it was', async () => {
  const text = '// head   \n  /* block\n     keeps   its inside */\nscenario "x" {   // trailing\n duration 10 min; // after a semicolon\n   // own line\n}\n';
  assert.equal(
    await formatted(text),
    '// head   \n/* block\n     keeps   its inside */\nscenario "x" { // trailing\n  duration 10 min // after a semicolon\n  // own line\n}\n',
  );
});

test('keeps CRLF line endings', async () => {
  assert.equal(await formatted('scenario "x" {\r\nduration 10 min\r\n}'), 'scenario "x" {\r\n  duration 10 min\r\n}\r\n');
});

test('refuses to format a document with syntax errors', async () => {
  const { uri } = await s.open('scenario "x" {\n     duration 10 min\nrelays g x 3 { bandwidth ( }\n');
  assert.deepEqual(await format(uri), []);
});

test('range formatting edits only inside the range', async () => {
  const text = 'scenario "x" {\n      duration   10 min\n      seeds   3\n   warmup  1 min\n}\n';
  const { uri } = await s.open(text);
  const range = { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } };
  const edits = await format(uri, range);
  assert.ok(edits.length > 0);
  for (const edit of edits) {
    assert.ok(edit.range.start.line >= 2 && (edit.range.end.line < 3 || (edit.range.end.line === 3 && edit.range.end.character === 0)), JSON.stringify(edit));
  }
  const result = TextDocument.applyEdits(TextDocument.create(uri, 'tornet', 1, text), edits);
  assert.equal(result, 'scenario "x" {\n      duration   10 min\n  seeds 3\n   warmup  1 min\n}\n');
});

for (const name of readdirSync(examples).filter((file) => file.endsWith('.tornet'))) {
  test(`${name}: formatting is idempotent and keeps the meaning and the comments`, async () => {
    const path = join(examples, name);
    const original = readFileSync(path, 'utf8');
    const once = await formatted(original, name);
    const twice = await formatted(once, `again-${name}`);
    assert.equal(twice, once);
    const fileSystem = {
      resolve: (from: string, include: string) => new URL(include, from).href,
      inWorkspace: () => true,
      read: (file: string) => (existsSync(fileURLToPath(file)) ? readFileSync(fileURLToPath(file), 'utf8') : undefined),
    };
    const before = checkDocument(pathToFileURL(path).href, original, { fileSystem });
    const after = checkDocument(pathToFileURL(path).href, once, { fileSystem });
    assert.ok(before.model, `${name} has a model`);
    assert.deepEqual(after.model, before.model);
    const comments = (text: string) => tokenize(text).filter((token) => token.kind === 'comment').map((token) => token.text);
    assert.deepEqual(comments(once), comments(original));
  });
}
