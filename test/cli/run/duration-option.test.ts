import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InvalidArgumentError } from 'commander';
import { parseSeconds } from '../../../cli/run/duration-option';

const positive = { allowZero: false };
const zeroOrMore = { allowZero: true };

test('a bare number is seconds', () => {
  assert.equal(parseSeconds('60', positive), 60);
  assert.equal(parseSeconds('0.5', zeroOrMore), 0.5);
  assert.equal(parseSeconds('1e2', positive), 100);
});

test('a number with a time unit of the language, with or without a space', () => {
  assert.equal(parseSeconds('90s', positive), 90);
  assert.equal(parseSeconds('1.5 min', positive), 90);
  assert.equal(parseSeconds('500 ms', positive), 0.5);
  assert.equal(parseSeconds('2h', positive), 7200);
  assert.equal(parseSeconds(' 20 s ', zeroOrMore), 20);
});

test('zero is a warm-up but not a duration', () => {
  assert.equal(parseSeconds('0', zeroOrMore), 0);
  assert.equal(parseSeconds('0 s', zeroOrMore), 0);
  assert.throws(() => parseSeconds('0', positive), /expected a positive duration/);
});

test('negative numbers, other dimensions, unknown units and junk are refused with what is expected', () => {
  for (const value of ['-5', '-1 s', '10 MiB', '5 %', '5 parsecs', '5 constructor', 'abc', '', 's', '1 2']) {
    assert.throws(() => parseSeconds(value, zeroOrMore), (error: unknown) => error instanceof InvalidArgumentError && /seconds \(60\) or a number with a time unit/.test(error.message), value);
  }
});
