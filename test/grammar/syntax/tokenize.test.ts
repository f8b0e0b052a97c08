import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, tokenize } from '../../../grammar/syntax/index';

const kinds = (text: string) => tokenize(text).map((token) => `${token.kind}:${token.text}`);

test('each lexical element of docs/syntax.md has its token kind', () => {
  assert.deepEqual(kinds('// note\nlatency us-east <-> us-west 35 ms /* b */'), [
    'comment:// note',
    'identifier:latency',
    'identifier:us-east',
    'operator:<->',
    'identifier:us-west',
    'number:35',
    'unit:ms',
    'comment:/* b */',
  ]);
  assert.deepEqual(kinds('x = [a: 1, b: 2] (c) { d; } .. -> + - * /'), [
    'identifier:x',
    'operator:=',
    'punctuation:[',
    'identifier:a',
    'punctuation::',
    'number:1',
    'punctuation:,',
    'identifier:b',
    'punctuation::',
    'number:2',
    'punctuation:]',
    'punctuation:(',
    'identifier:c',
    'punctuation:)',
    'punctuation:{',
    'identifier:d',
    'punctuation:;',
    'punctuation:}',
    'operator:..',
    'operator:->',
    'operator:+',
    'operator:-',
    'operator:*',
    'operator:/',
  ]);
});

test('numbers: integers, decimals and exponents; `1..5` is an interval, not a decimal', () => {
  assert.deepEqual(kinds('10 1.5 1e6 2.5E-3 0.25'), ['number:10', 'number:1.5', 'number:1e6', 'number:2.5E-3', 'number:0.25']);
  assert.deepEqual(kinds('1..5'), ['number:1', 'operator:..', 'number:5']);
});

test('every unit of the closed set lexes as a unit, glued to its number or not', () => {
  const units = ['µs', 'μs', 'us', 'ms', 's', 'min', 'h', 'B', 'KB', 'KiB', 'MB', 'MiB', 'GB', 'GiB', 'cells', 'bit/s', 'kbit/s', 'Mbit/s', 'Gbit/s', 'KB/s', 'KiB/s', 'MB/s', 'MiB/s', 'GB/s', 'GiB/s', '%'];
  for (const unit of units) {
    assert.deepEqual(kinds(`10${unit}`), ['number:10', `unit:${unit}`], `10${unit}`);
    assert.deepEqual(kinds(`10 ${unit}`), ['number:10', `unit:${unit}`], `10 ${unit}`);
  }
});

test('a longer name wins over a unit it starts with', () => {
  assert.deepEqual(kinds('sigma minimum us-east hops ms-x B2 cellsize'), [
    'identifier:sigma',
    'identifier:minimum',
    'identifier:us-east',
    'identifier:hops',
    'identifier:ms-x',
    'identifier:B2',
    'identifier:cellsize',
  ]);
});

test('names: dashes inside, dotted paths, `*` as a whole path part; `->` is never part of a name', () => {
  assert.deepEqual(kinds('kist-normal relays.guard.bandwidth relays.*.socket-scheduler _x1'), [
    'identifier:kist-normal',
    'identifier:relays.guard.bandwidth',
    'identifier:relays.*.socket-scheduler',
    'identifier:_x1',
  ]);
  assert.deepEqual(kinds('a->b'), ['identifier:a', 'operator:->', 'identifier:b']);
  assert.deepEqual(kinds('a - b'), ['identifier:a', 'operator:-', 'identifier:b']);
  assert.deepEqual(kinds('a-b'), ['identifier:a-b']);
});

test('strings keep escapes in their text; an unclosed string runs to the end of its line only', () => {
  assert.deepEqual(kinds('"a \\"b\\" \\\\ c"'), ['string:"a \\"b\\" \\\\ c"']);
  assert.deepEqual(kinds('"open\nnext'), ['string:"open', 'identifier:next']);
});

test('token ranges are exact, in UTF-16 units, across CRLF lines', () => {
  const tokens = tokenize('a 5µs\r\n  bé');
  assert.deepEqual(tokens.map((token) => token.text), ['a', '5', 'µs', 'b'], "'é' starts no token");
  assert.deepEqual(tokens[2]!.range, { start: { offset: 3, line: 0, character: 3 }, end: { offset: 5, line: 0, character: 5 } });
  assert.deepEqual(tokens[3]!.range, { start: { offset: 9, line: 1, character: 2 }, end: { offset: 10, line: 1, character: 3 } });
});

test('TN101: an unknown character is reported with its exact range and lexing continues', () => {
  const result = parse('a 1 § 2\nb ##3');
  assert.deepEqual(
    result.errors.map((e) => [e.code, e.message, e.range.start.offset, e.range.end.offset]),
    [
      ['TN101', "unexpected character '§'", 4, 5],
      ['TN101', "unexpected characters '##'", 10, 12],
    ],
  );
  assert.deepEqual(result.file.statements.map((s) => s.args.length), [2, 1]);
  assert.deepEqual(parse('a 1 2\nb 3').errors, [], 'the same text without them is clean');
});

test('TN102: unclosed strings and block comments', () => {
  const string = parse('include "common.tornet\nduration 10 min');
  assert.deepEqual(string.errors.map((e) => [e.code, e.range.start.offset, e.range.end.offset]), [['TN102', 8, 22]]);
  const literal = string.file.statements[0]!.args[0]!;
  assert.deepEqual(literal.kind === 'string' && [literal.value, literal.terminated], ['common.tornet', false]);
  assert.equal(string.file.statements[1]!.keyword.name, 'duration', 'the next line still parses');

  const comment = parse('a 1 /* never closed\nb 2');
  assert.deepEqual(comment.errors.map((e) => [e.code, e.range.start.offset, e.range.end.offset]), [['TN102', 4, 6]]);
  assert.deepEqual(comment.file.comments.map((c) => c.text), ['/* never closed\nb 2']);

  const closed = parse('include "common.tornet" /* closed */');
  assert.deepEqual(closed.errors, []);
});
