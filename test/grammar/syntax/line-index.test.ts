import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../../grammar/syntax/index';

test('offsets map to 0-based lines and characters across \\n, \\r\\n and \\r', () => {
  const lines = new LineIndex('ab\ncd\r\nef\rg');
  assert.equal(lines.lineCount, 4);
  assert.deepEqual(lines.position(0), { offset: 0, line: 0, character: 0 });
  assert.deepEqual(lines.position(2), { offset: 2, line: 0, character: 2 });
  assert.deepEqual(lines.position(3), { offset: 3, line: 1, character: 0 });
  assert.deepEqual(lines.position(5), { offset: 5, line: 1, character: 2 }); // the \r of \r\n
  assert.deepEqual(lines.position(7), { offset: 7, line: 2, character: 0 });
  assert.deepEqual(lines.position(10), { offset: 10, line: 3, character: 0 });
  assert.deepEqual(lines.position(11), { offset: 11, line: 3, character: 1 }); // end of text
});

test('positions round-trip through offsetAt, and out-of-range input is clamped', () => {
  const text = 'one\r\ntwo\nthree';
  const lines = new LineIndex(text);
  for (let offset = 0; offset <= text.length; offset++) {
    if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // inside a line break
    assert.equal(lines.offsetAt(lines.position(offset)), offset, `offset ${offset}`);
  }
  assert.deepEqual(lines.position(-5), { offset: 0, line: 0, character: 0 });
  assert.equal(lines.position(999).offset, text.length);
  assert.equal(lines.offsetAt({ line: 0, character: 99 }), 3, 'past the end of a CRLF line means its end');
  assert.equal(lines.offsetAt({ line: 9, character: 0 }), text.length);
  assert.equal(lines.offsetAt({ line: -1, character: 4 }), 0);
});

test('characters count UTF-16 units, as LSP positions do', () => {
  const lines = new LineIndex('µs 😀 x');
  assert.equal(lines.position(5).character, 5, 'the emoji is two UTF-16 units');
  assert.equal(lines.offsetAt({ line: 0, character: 6 }), 6);
});

test('lookups out of order give the same answers as lookups in order', () => {
  const text = Array.from({ length: 50 }, (_, i) => 'x'.repeat(i)).join('\n');
  const inOrder = new LineIndex(text);
  const expected = Array.from({ length: text.length + 1 }, (_, offset) => inOrder.position(offset));
  const shuffled = new LineIndex(text);
  for (let offset = text.length; offset >= 0; offset -= 7) assert.deepEqual(shuffled.position(offset), expected[offset]);
  for (let offset = 0; offset <= text.length; offset += 3) assert.deepEqual(shuffled.position(offset), expected[offset]);
});

test('a text with only \\n line breaks and the same text with \\r\\n have the same lines', () => {
  const lf = 'a\n\nbb\nccc\n';
  const crlf = lf.replace(/\n/g, '\r\n');
  const lfLines = new LineIndex(lf);
  const crlfLines = new LineIndex(crlf);
  assert.equal(lfLines.lineCount, 5);
  assert.equal(crlfLines.lineCount, 5);
  for (let line = 0; line < 5; line++) {
    const lfEnd = lfLines.position(lfLines.offsetAt({ line, character: 9 }));
    const crlfEnd = crlfLines.position(crlfLines.offsetAt({ line, character: 9 }));
    assert.deepEqual([lfEnd.line, lfEnd.character], [crlfEnd.line, crlfEnd.character], `end of line ${line}`);
  }
});
