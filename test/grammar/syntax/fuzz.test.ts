// Property-based tests: whatever the text, `parse` returns (no throw, no hang, no stack
// overflow) and every range in the tree and in the errors is valid. fast-check prints the
// seed and the shrunk counterexample of any failure, so a failure can be replayed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, tokenize } from '../../../grammar/syntax/index';
import { checkInvariants, parseSnapshot } from './invariants';

const examplesDir = join(import.meta.dirname, '../../../examples');
const examples = readdirSync(examplesDir)
  .filter((name) => name.endsWith('.tornet'))
  .map((name) => readFileSync(join(examplesDir, name), 'utf8'));

/** Token-sized pieces that stress the lexer and the bracket matching. */
const chunks = [
  '{', '}', '(', ')', '[', ']', '"', '\\', '/*', '*/', '//', '\n', '\r\n', '\r', ';', ',', ':', '=', '..', '.',
  '<->', '->', '-', '+', '*', '/', '10 ms', '1e6', 'µs', '%', 'MiB/s', 'relays', 'x', 'f(', '[a: ', '\u0000', '§', '😀', '\ud800', '\t', ' ',
];

const mutation = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'replace', 'duplicate'),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 16 }),
  chunk: fc.oneof(fc.constantFrom(...chunks), fc.string({ maxLength: 4, unit: 'binary' })),
});
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, { kind, at, length, chunk }: Mutation): string {
  const start = at % (text.length + 1);
  const end = Math.min(text.length, start + length);
  switch (kind) {
    case 'insert':
      return text.slice(0, start) + chunk + text.slice(start);
    case 'delete':
      return text.slice(0, start) + text.slice(end);
    case 'replace':
      return text.slice(0, start) + chunk + text.slice(end);
    case 'duplicate':
      return text.slice(0, end) + text.slice(start, end) + text.slice(end);
  }
}

const mutatedExample = fc
  .tuple(fc.constantFrom(...examples), fc.array(mutation, { minLength: 1, maxLength: 10 }))
  .map(([text, mutations]) => mutations.reduce(mutate, text));

function parsesSafely(text: string): void {
  const result = parse(text);
  checkInvariants(text, result);
  for (let i = 1; i < result.errors.length; i++) {
    assert.ok(result.errors[i - 1]!.range.start.offset <= result.errors[i]!.range.start.offset, 'errors are in text order');
  }
  for (const token of tokenize(text)) assert.ok(token.range.start.offset < token.range.end.offset && token.range.end.offset <= text.length);
}

test('thousands of mutated example scenarios parse to a tree and valid diagnostics', { timeout: 60_000 }, () => {
  fc.assert(fc.property(mutatedExample, parsesSafely), { numRuns: 2_500 });
});

test('mutated scenarios parse the same way twice (no state leaks between parses)', { timeout: 60_000 }, () => {
  fc.assert(
    fc.property(mutatedExample, mutatedExample, (text, other) => {
      const first = parseSnapshot(parse(text));
      parse(other);
      assert.equal(parseSnapshot(parse(text)), first);
    }),
    { numRuns: 200 },
  );
});

test('random byte strings and random unicode parse to diagnostics', { timeout: 60_000 }, () => {
  // `size: 'large'`: fast-check's default bias would keep these to a few characters.
  const bytes = fc.uint8Array({ maxLength: 2_000, size: 'large' }).map((array) => Buffer.from(array).toString('latin1'));
  const utf8 = fc.uint8Array({ maxLength: 2_000, size: 'large' }).map((array) => Buffer.from(array).toString('utf8'));
  const unicode = fc.string({ maxLength: 500, unit: 'binary', size: 'large' });
  const punctuation = fc.array(fc.constantFrom(...chunks), { maxLength: 300, size: 'large' }).map((parts) => parts.join(''));
  fc.assert(fc.property(fc.oneof(bytes, utf8, unicode, punctuation), parsesSafely), { numRuns: 1_000 });
});

test('unterminated strings and comments anywhere in a scenario', { timeout: 60_000 }, () => {
  const opener = fc.constantFrom('"', '/*', '"\\', '"a\\"');
  fc.assert(
    fc.property(fc.constantFrom(...examples), fc.nat(), opener, (text, at, open) => {
      const start = at % (text.length + 1);
      parsesSafely(text.slice(0, start) + open + text.slice(start));
    }),
    { numRuns: 500 },
  );
});
