// Properties every parse result must have, whatever the input: used by the fuzz tests
// and by the construct tests.
import assert from 'node:assert/strict';
import { LineIndex, type ParseResult, type Position, type Range } from '../../../grammar/syntax/index';

/** Ranges a node may have; parsed nodes compute them when read, so they are read by name. */
const RANGE_KEYS = ['range', 'operator', 'open', 'close', 'argsRange'] as const;

/** Node fields a class may keep on its prototype (constants, defaults) or compute when read. */
const INHERITED_KEYS = ['kind', 'startOffset', 'endOffset', 'operator', 'assignment', 'recovered', 'parts'] as const;

/**
 * A parse's tree and errors as JSON, for comparing two parses: every node field, own or
 * inherited from its class, and every range (JSON of a node alone shows only its own fields).
 * The line table is left out: it caches the positions asked for, which is not the parse's result.
 */
export function parseSnapshot(result: ParseResult): string {
  return JSON.stringify({ file: plainTree(result.file), errors: result.errors });
}

function plainTree(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(plainTree);
  const node = value as Record<string, unknown>;
  const keys = new Set([...Object.keys(node), ...('kind' in node ? [...INHERITED_KEYS, ...RANGE_KEYS] : [])]);
  const copy: Record<string, unknown> = {};
  for (const key of [...keys].sort()) if (key in node) copy[key] = plainTree(node[key]);
  return copy;
}

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
