// The TextMate grammar (editor colouring before the language server starts), tested with
// vscode-tmgrammar-test against the fixtures in ./fixtures, whose `^` lines assert scopes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Identifier, Unit } from '../../../grammar/syntax/tokens';

const root = join(import.meta.dirname, '../../..');
const grammarPath = join(root, 'grammar/tornet.tmLanguage.json');
const grammar = JSON.parse(readFileSync(grammarPath, 'utf8'));

function runGrammarTests(pattern: string) {
  const cli = join(root, 'node_modules/vscode-tmgrammar-test/dist/unit.js');
  return spawnSync(process.execPath, [cli, '--compact', '-g', grammarPath, pattern], { cwd: root, encoding: 'utf8' });
}

test('the fixtures get the scopes they assert', () => {
  const result = runGrammarTests('test/grammar/textmate/fixtures/*.tornet');
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /statements\.tornet/);
  assert.match(result.stdout, /brackets\.tornet/);
});

test('a wrong scope assertion fails the grammar tests', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tornet-tm-'));
  writeFileSync(join(dir, 'wrong.tornet'), '// SYNTAX TEST "source.tornet"\nduration 10 min\n//       ^^ keyword.other.statement.tornet\n');
  const result = runGrammarTests(join(dir, '*.tornet'));
  assert.notEqual(result.status, 0);
  assert.match(result.stdout + result.stderr, /missing required scopes/i);
});

test('the grammar uses the lexer’s unit set and name pattern, so colouring and parsing agree', () => {
  // RegExp#source escapes `/`; JSON grammars need no escape.
  const unit = (Unit.PATTERN as RegExp).source.replaceAll('\\/', '/');
  const name = (Identifier.PATTERN as RegExp).source;
  assert.ok(grammar.repository.number.match.includes(`(${unit})`), 'number rule');
  assert.ok(grammar.repository['stray-unit'].match.includes(`(?:${unit})`), 'stray-unit rule');
  assert.ok(grammar.repository['statement-keyword'].match.includes(`(${name})`), 'keyword rule');
});

test('the language configuration declares the comments and brackets of docs/syntax.md', () => {
  const config = JSON.parse(readFileSync(join(root, 'language-configuration.json'), 'utf8'));
  assert.deepEqual(config.comments, { lineComment: '//', blockComment: ['/*', '*/'] });
  assert.deepEqual(config.brackets, [['{', '}'], ['[', ']'], ['(', ')']]);
  const pairs = config.autoClosingPairs.map((pair: { open: string; close: string }) => pair.open + pair.close.trim());
  assert.deepEqual(pairs, ['{}', '[]', '()', '""', '/**/']);
  assert.equal(new RegExp(config.wordPattern).exec('relays.*.socket-scheduler')?.[0], 'relays.*.socket-scheduler');
});
