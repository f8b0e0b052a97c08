import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createToken, EmbeddedActionsParser } from 'chevrotain';
import { groupBy } from '../../../grammar/syntax/polyfill';
import { parse } from '../../../grammar/syntax/index';

test('groupBy follows ECMA-262 Object.groupBy: null prototype, first-seen key order, index argument', () => {
  const seen: number[] = [];
  const groups = groupBy(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], (word, index) => {
    seen.push(index);
    return word[0]!;
  });
  assert.equal(Object.getPrototypeOf(groups), null);
  assert.deepEqual(Object.keys(groups), ['a', 'b', 'c']);
  assert.deepEqual(groups['a'], ['apple', 'avocado']);
  assert.deepEqual(seen, [0, 1, 2, 3, 4]);
});

test('groupBy turns keys into property keys and accepts any iterable', () => {
  const symbol = Symbol('s');
  const groups = groupBy(new Set([1, 2, 3, 4]), (n) => (n === 4 ? symbol : n % 2)) as Record<PropertyKey, number[]>;
  assert.deepEqual(groups['1'], [1, 3]);
  assert.deepEqual(groups['0'], [2]);
  assert.deepEqual(groups[symbol], [4]);
  assert.throws(() => groupBy(null as never, () => 'k'), TypeError);
  assert.throws(() => groupBy([1], 'k' as never), TypeError);
});

test('Object.groupBy exists after the syntax layer loads, on this Node ' + process.version, () => {
  assert.equal(typeof (Object as unknown as { groupBy?: unknown }).groupBy, 'function');
});

test('Chevrotain grammar validation runs (it uses Object.groupBy) and still rejects a broken grammar', () => {
  const Word = createToken({ name: 'Word', pattern: /\w+/ });
  class Duplicated extends EmbeddedActionsParser {
    constructor() {
      super([Word]);
      this.performSelfAnalysis();
    }
    rule = this.RULE('rule', () => {
      this.CONSUME(Word);
      this.CONSUME(Word); // the same DSL occurrence twice: a grammar definition error
    });
  }
  assert.throws(() => new Duplicated(), /appears more than once/);
});

test('the .tornet parser, built with validations on, parses on this Node', () => {
  const result = parse('duration 10 min\n');
  assert.deepEqual(result.errors, []);
  assert.equal(result.file.statements[0]!.keyword.name, 'duration');
});
