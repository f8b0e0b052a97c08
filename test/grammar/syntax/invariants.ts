// Properties every parse result must have, whatever the input: used by the fuzz tests
// and by the construct tests.
import assert from 'node:assert/strict';
import { LineIndex, type ParseResult, type Position, type Range } from '../../../grammar/syntax/index';

/** Ranges a node may have; parsed nodes compute them when read, so they are read by name. */
const RANGE_KEYS = ['range', 'operator', 'open', 'close', 'argsRange'] as const;

/** Every range in the tree, with the path that leads to it. */
export function* rangedNodes(value: unknown, path = 'file'): Generator<{ path: string; range: Range }> {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* rangedNodes(value[i], `${path}[${i}]`);
    return;
  }
  const node = value as Record<string, unknown>;
  for (const key of RANGE_KEYS) {
    const range = node[key];
    if (range && typeof range === 'object' && 'start' in range) yield { path: `${path}.${key}`, range: range as Range };
  }
  for (const [key, child] of Object.entries(node)) {
    if (!(RANGE_KEYS as readonly string[]).includes(key)) yield* rangedNodes(child, `${path}.${key}`);
  }
}

function checkPosition(lines: LineIndex, text: string, position: Position, where: string): void {
  assert.ok(Number.isInteger(position.offset) && position.offset >= 0 && position.offset <= text.length, `${where}: offset ${position.offset} outside the text`);
  const expected = lines.position(position.offset);
  assert.equal(position.line, expected.line, `${where}: line of offset ${position.offset}`);
  assert.equal(position.character, expected.character, `${where}: character of offset ${position.offset}`);
}

export function checkRange(lines: LineIndex, text: string, range: Range, where: string): void {
  checkPosition(lines, text, range.start, `${where}.start`);
  checkPosition(lines, text, range.end, `${where}.end`);
  assert.ok(range.start.offset <= range.end.offset, `${where}: starts after it ends`);
}

/** Every range in the tree and every error range is valid and consistent with the text. */
export function checkInvariants(text: string, result: ParseResult): void {
  const lines = new LineIndex(text);
  for (const { path, range } of rangedNodes(result.file)) checkRange(lines, text, range, path);
  result.errors.forEach((error, i) => {
    checkRange(lines, text, error.range, `errors[${i}] ${error.code}`);
    assert.match(error.code, /^TN10[1-6]$/);
    assert.ok(error.message.length > 0);
  });
}
