import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_NESTING_DEPTH, MAX_TEXT_LENGTH, parse } from '../../../grammar/syntax/index';
import { generateScenario } from '../../bench/parse.bench';
import { checkInvariants } from './invariants';

/** Runs `body` with `frames` extra stack frames below it, as a language server or worker would. */
function withDeepStack<T>(frames: number, body: () => T): T {
  return frames === 0 ? body() : withDeepStack(frames - 1, body);
}

const nestings: Record<string, (depth: number) => string> = {
  blocks: (depth) => `${'a {'.repeat(depth)}${'}'.repeat(depth)}`,
  'blocks on lines': (depth) => `${'a {\n'.repeat(depth)}${'}\n'.repeat(depth)}`,
  calls: (depth) => `a ${'f('.repeat(depth)}1${')'.repeat(depth)}`,
  lists: (depth) => `a ${'[x: '.repeat(depth)}1${']'.repeat(depth)}`,
  parentheses: (depth) => `a ${'('.repeat(depth)}1${')'.repeat(depth)}`,
  'blocks of calls': (depth) => `${'a {'.repeat(depth / 2)}b ${'f('.repeat(depth / 2)}${')'.repeat(depth / 2)}${'}'.repeat(depth / 2)}`,
};

test(`nesting up to MAX_NESTING_DEPTH (${MAX_NESTING_DEPTH}) parses, even from a deep call stack`, () => {
  for (const [name, nest] of Object.entries(nestings)) {
    const text = nest(MAX_NESTING_DEPTH);
    const result = withDeepStack(2000, () => parse(text));
    assert.deepEqual(result.errors, [], name);
    checkInvariants(text, result);
  }
});

test('one level deeper is TN106 at the opener past the limit, and nothing else', () => {
  for (const [name, nest] of Object.entries(nestings)) {
    const text = nest(MAX_NESTING_DEPTH + 2);
    const result = parse(text);
    assert.deepEqual(result.errors.map((e) => e.code), ['TN106'], name);
    assert.match(result.errors[0]!.message, /nest more than 64 levels deep/);
    assert.ok('{(['.includes(text[result.errors[0]!.range.start.offset]!), name);
    checkInvariants(text, result);
  }
});

test('10,000 nested blocks and 10,000 unclosed brackets give TN106, not a stack overflow', () => {
  for (const text of ['a {'.repeat(10_000) + '}'.repeat(10_000), 'a ' + '(['.repeat(5_000), '{'.repeat(10_000)]) {
    const result = parse(text);
    assert.deepEqual(result.errors.map((e) => e.code), ['TN106']);
    checkInvariants(text, result);
  }
});

test('long flat runs are loops, not recursion: 100,000 minus signs, operators, statements', () => {
  const minus = parse(`a ${'-'.repeat(100_000)}1`);
  assert.deepEqual(minus.errors, []);
  const sum = parse(`a 1${' + 1'.repeat(50_000)}`);
  assert.deepEqual(sum.errors, []);
  const junk = parse(`a 1${' ,'.repeat(50_000)}\nb 2`);
  assert.deepEqual(junk.errors.map((e) => e.code), ['TN103']);
  assert.equal(junk.file.statements.length, 2);
});

test('a 1 MB scenario parses cleanly', () => {
  const text = generateScenario(12_000);
  assert.ok(text.length > 1_000_000, `${text.length} characters`);
  const result = parse(text);
  assert.deepEqual(result.errors, []);
  assert.equal(result.file.statements.filter((s) => s.keyword.name === 'relay').length, 12_000);
});

test(`a text longer than MAX_TEXT_LENGTH is TN106 without being analysed`, () => {
  const text = ' '.repeat(MAX_TEXT_LENGTH + 1);
  const result = parse(text);
  assert.deepEqual(result.errors.map((e) => [e.code, e.range.start.offset, e.range.end.offset]), [['TN106', 0, 0]]);
  assert.equal(result.file.range.end.offset, text.length);
  assert.deepEqual(parse(' '.repeat(1000)).errors, []);
});
