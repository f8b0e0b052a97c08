import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type Expression, type Range, type Statement } from '../../../grammar/syntax/index';
import { checkInvariants, rangedNodes } from './invariants';

/** Parses text that must be clean, checking the invariants of every node. */
function clean(text: string) {
  const result = parse(text);
  assert.deepEqual(result.errors, [], text);
  checkInvariants(text, result);
  return result.file;
}

function only(text: string): Statement {
  const [statement, ...rest] = clean(text).statements;
  assert.equal(rest.length, 0);
  return statement!;
}

const slice = (text: string, range: Range) => text.slice(range.start.offset, range.end.offset);

/** A compact rendering of an expression that shows how it was grouped. */
function shape(e: Expression): string {
  switch (e.kind) {
    case 'number':
      return e.unit ? `${e.text}${e.unit.text}` : e.text;
    case 'string':
      return JSON.stringify(e.value);
    case 'identifier':
      return e.name;
    case 'symbol':
      return e.text;
    case 'call':
      return `${e.callee.name}(${e.args.map((a) => a.values.map(shape).join(' ')).join(', ')})`;
    case 'list':
      return `[${e.items.map((i) => (i.label ? `${i.label.name}: ` : '') + i.values.map(shape).join(' ')).join(', ')}]`;
    case 'binary':
      return `(${shape(e.left)} ${e.operator} ${shape(e.right)})`;
    case 'unary':
      return `(-${shape(e.operand)})`;
    case 'interval':
      return `(${shape(e.from)} .. ${shape(e.to)})`;
    case 'parenthesized':
      return `{${shape(e.expression)}}`;
  }
}

test('a statement: keyword, values, ranges', () => {
  const text = 'duration 10 min';
  const statement = only(text);
  assert.equal(statement.keyword.name, 'duration');
  assert.deepEqual(statement.keyword.range, { start: { offset: 0, line: 0, character: 0 }, end: { offset: 8, line: 0, character: 8 } });
  assert.deepEqual(statement.args.map(shape), ['10min']);
  const [number] = statement.args;
  assert.ok(number?.kind === 'number');
  assert.equal(number.value, 10);
  assert.equal(slice(text, number.range), '10 min');
  assert.equal(slice(text, number.unit!.range), 'min');
  assert.equal(slice(text, statement.range), text);
  assert.equal(statement.recovered, false);
  assert.equal(statement.assignment, undefined);
  assert.equal(statement.block, undefined);
});

test('an assignment keeps the `=` range and its values', () => {
  const text = 'const base-rtt = 50 ms';
  const statement = only(text);
  assert.deepEqual(statement.args.map(shape), ['base-rtt']);
  const assignment = statement.assignment!;
  assert.equal(slice(text, assignment.operator), '=');
  assert.deepEqual(assignment.values.map(shape), ['50ms']);
  assert.equal(slice(text, assignment.range), '= 50 ms');
  const loss = only('loss kist-high = kist-normal * 2 max 3 %');
  assert.deepEqual(loss.assignment!.values.map(shape), ['(kist-normal * 2)', 'max', '3%']);
});

test('a block holds statements separated by newlines or `;`, with brace ranges', () => {
  const text = 'relays guard x 15 {\n  flags guard fast\n\n  socket-scheduler kist { interval 10 ms; socket-buffer-factor 1.0 }\n}';
  const statement = only(text);
  assert.deepEqual(statement.args.map(shape), ['guard', 'x', '15']);
  const block = statement.block!;
  assert.equal(slice(text, block.open), '{');
  assert.equal(slice(text, block.close!), '}');
  assert.equal(block.close!.start.line, 4);
  assert.equal(slice(text, block.range), text.slice(text.indexOf('{')));
  assert.deepEqual(block.statements.map((s) => s.keyword.name), ['flags', 'socket-scheduler']);
  const inner = block.statements[1]!.block!;
  assert.deepEqual(inner.statements.map((s) => slice(text, s.range)), ['interval 10 ms', 'socket-buffer-factor 1.0']);
  assert.equal(slice(text, statement.range), text);
});

test('statements on one line need `;`, and empty statements are ignored', () => {
  const file = clean(';;a 1; b 2;;\n\n; c {;;}\n');
  assert.deepEqual(file.statements.map((s) => s.keyword.name), ['a', 'b', 'c']);
  assert.deepEqual(file.statements[2]!.block!.statements, []);
});

test('calls take positional and named arguments; a name followed by `(` is a call', () => {
  const text = 'bandwidth lognormal(median 8 MiB/s, sigma 0.9) uniform(1 s, 60 s) now()';
  const [lognormal, uniform, now] = only(text).args;
  assert.ok(lognormal?.kind === 'call' && uniform?.kind === 'call' && now?.kind === 'call');
  assert.equal(shape(lognormal), 'lognormal(median 8MiB/s, sigma 0.9)');
  assert.equal(slice(text, lognormal.range), 'lognormal(median 8 MiB/s, sigma 0.9)');
  assert.equal(slice(text, lognormal.argsRange), '(median 8 MiB/s, sigma 0.9)');
  assert.equal(slice(text, lognormal.callee.range), 'lognormal');
  assert.deepEqual(lognormal.args.map((a) => slice(text, a.range)), ['median 8 MiB/s', 'sigma 0.9']);
  assert.equal(shape(uniform), 'uniform(1s, 60s)');
  assert.deepEqual(now.args, []);
  assert.equal(shape(only('x f (1)').args[0]!), 'f(1)', 'spaces before `(` allowed');
});

test('lists, plain and labelled, with item ranges', () => {
  const text = 'vary load [low: clients * 0.6, normal: 1, high: 1.4] [amap, kist] []';
  const [, labelled, plain, empty] = only(text).args;
  assert.ok(labelled?.kind === 'list' && plain?.kind === 'list' && empty?.kind === 'list');
  assert.equal(shape(labelled), '[low: (clients * 0.6), normal: 1, high: 1.4]');
  assert.deepEqual(labelled.items.map((item) => slice(text, item.range)), ['low: clients * 0.6', 'normal: 1', 'high: 1.4']);
  assert.equal(slice(text, labelled.items[0]!.label!.range), 'low');
  assert.equal(shape(plain), '[amap, kist]');
  assert.equal(plain.items[0]!.label, undefined);
  assert.deepEqual(empty.items, []);
  assert.equal(slice(text, labelled.range), '[low: clients * 0.6, normal: 1, high: 1.4]');
});

test('precedence: `..` lowest, then + -, then * /, then unary -, all left-associative', () => {
  const value = (text: string) => shape(only(`v ${text}`).args[0]!);
  assert.equal(value('1 + 2 * 3'), '(1 + (2 * 3))');
  assert.equal(value('1 * 2 + 3'), '((1 * 2) + 3)');
  assert.equal(value('a - b - c'), '((a - b) - c)');
  assert.equal(value('a / b * c'), '((a / b) * c)');
  assert.equal(value('-a * b'), '((-a) * b)');
  assert.equal(value('- -a'), '(-(-a))');
  assert.equal(value('1 s .. 60 s'), '(1s .. 60s)');
  assert.equal(value('a + 1 .. b * 2'), '((a + 1) .. (b * 2))');
  assert.equal(value('(1 + 2) * 3'), '({(1 + 2)} * 3)');
  assert.equal(value('2 * -x'), '(2 * (-x))');
});

test('binary, unary, interval and parenthesized nodes span their operands', () => {
  const text = 'v -(a + 2) * 3 .. 4 %';
  const [interval] = only(text).args;
  assert.ok(interval?.kind === 'interval');
  assert.equal(slice(text, interval.range), '-(a + 2) * 3 .. 4 %');
  assert.ok(interval.from.kind === 'binary');
  assert.equal(slice(text, interval.from.range), '-(a + 2) * 3');
  assert.ok(interval.from.left.kind === 'unary');
  assert.equal(slice(text, interval.from.left.range), '-(a + 2)');
  assert.ok(interval.from.left.operand.kind === 'parenthesized');
  assert.equal(slice(text, interval.from.left.operand.range), '(a + 2)');
  assert.equal(slice(text, interval.to.range), '4 %');
});

test('juxtaposed values are separate args; `a - b` with spaces is subtraction, `a-b` one name', () => {
  assert.deepEqual(only('report ttfb(web) ttlb(web) goodput').args.map(shape), ['ttfb(web)', 'ttlb(web)', 'goodput']);
  assert.deepEqual(only('x a - b a-b').args.map(shape), ['(a - b)', 'a-b']);
});

test('symbols `<->` and `->` are values', () => {
  const text = 'latency us-east <-> us-west 35 ms\nlink a -> b';
  const [latency, link] = clean(text).statements;
  assert.deepEqual(latency!.args.map(shape), ['us-east', '<->', 'us-west', '35ms']);
  assert.equal(slice(text, latency!.args[1]!.range), '<->');
  assert.deepEqual(link!.args.map(shape), ['a', '->', 'b']);
});

test('identifiers keep their dotted parts; strings resolve escapes', () => {
  const [path, string] = only('set relays.*.socket-scheduler "a \\"q\\" \\\\ z"').args;
  assert.ok(path?.kind === 'identifier' && string?.kind === 'string');
  assert.deepEqual(path.parts, ['relays', '*', 'socket-scheduler']);
  assert.equal(string.value, 'a "q" \\ z');
  assert.equal(string.terminated, true);
});

test('newlines inside ( ) and [ ] are ignored, so argument lists wrap', () => {
  const text = 'bandwidth lognormal(\n  median 8 MiB/s,\n  sigma 0.9\n)\nvary x [\n  a,\n  b\n]\nnext 1';
  const file = clean(text);
  assert.deepEqual(file.statements.map((s) => s.keyword.name), ['bandwidth', 'vary', 'next']);
  assert.equal(shape(file.statements[0]!.args[0]!), 'lognormal(median 8MiB/s, sigma 0.9)');
  assert.equal(file.statements[1]!.range.end.line, 7);
});

test('numbers carry their value and the digits as written', () => {
  const args = only('n 1e6 0.25 007 2.5E-3').args;
  assert.deepEqual(args.map((a) => a.kind === 'number' && [a.value, a.text]), [[1e6, '1e6'], [0.25, '0.25'], [7, '007'], [0.0025, '2.5E-3']]);
});

test('comments are kept in the file, with ranges, and do not end statements', () => {
  const text = '// head\na 1 /* mid */ 2 // tail\n/* multi\nline */ b 3';
  const file = clean(text);
  assert.deepEqual(file.comments.map((c) => c.text), ['// head', '/* mid */', '// tail', '/* multi\nline */']);
  assert.equal(slice(text, file.comments[3]!.range), '/* multi\nline */');
  assert.deepEqual(file.statements.map((s) => s.args.map(shape).join(' ')), ['1 2', '3']);
});

test('CRLF line endings give the same tree, with positions on the right lines', () => {
  const lf = 'a {\n  b 1 ms\n}\nc "x"\n';
  const crlf = lf.replace(/\n/g, '\r\n');
  const lfFile = clean(lf);
  const crlfFile = clean(crlf);
  // Offsets differ (each line break is one unit longer); everything else must not.
  const located = new Set(['range', 'open', 'close', 'startOffset', 'endOffset']);
  const shapes = (file: typeof lfFile) => JSON.stringify(file.statements, (key, value) => (located.has(key) ? undefined : value));
  assert.equal(shapes(crlfFile), shapes(lfFile));
  const inner = crlfFile.statements[0]!.block!.statements[0]!;
  assert.deepEqual(inner.range.start, { offset: crlf.indexOf('b'), line: 1, character: 2 });
  assert.deepEqual(inner.range.end, { offset: crlf.indexOf('ms') + 2, line: 1, character: 8 });
  assert.deepEqual(crlfFile.statements[1]!.range.start, { offset: crlf.indexOf('c'), line: 3, character: 0 });
});

test('unicode: `µs` is a unit, and characters are UTF-16 units', () => {
  const text = 'tick 10µs "ünï" 5 μs';
  const [tick] = clean(text).statements;
  const [number, string, other] = tick!.args;
  assert.ok(number?.kind === 'number' && other?.kind === 'number' && string?.kind === 'string');
  assert.equal(number.unit!.text, 'µs');
  assert.equal(other.unit!.text, 'μs');
  assert.equal(string.value, 'ünï');
  assert.deepEqual(other.range.end, { offset: text.length, line: 0, character: text.length });
});

test('the file range covers the whole text', () => {
  const text = '\n\na 1\n  ';
  const file = clean(text);
  assert.deepEqual(file.range, { start: { offset: 0, line: 0, character: 0 }, end: { offset: 8, line: 3, character: 2 } });
});

test('every example scenario parses without errors', () => {
  const dir = join(import.meta.dirname, '../../../examples');
  const files = readdirSync(dir).filter((name) => name.endsWith('.tornet'));
  assert.ok(files.length > 0);
  for (const name of files) clean(readFileSync(join(dir, name), 'utf8'));
});

test('parsing is deterministic and one parse leaves no state behind for the next', () => {
  const text = readFileSync(join(import.meta.dirname, '../../../examples/kist-load-loss.tornet'), 'utf8');
  const first = JSON.stringify(parse(text));
  parse('a f(1 +\n} ] junk {{');
  assert.equal(JSON.stringify(parse(text)), first);
});

test('a statement may follow a block on the same line; `..` joins two values only once', () => {
  assert.deepEqual(clean('a { x 1 } b 1').statements.map((s) => s.keyword.name), ['a', 'b']);
  const twice = parse('a 1 .. 2 .. 3');
  assert.deepEqual(twice.errors.map((e) => e.code), ['TN103']);
  assert.equal(shape(twice.file.statements[0]!.args[0]!), '(1 .. 2)');
});

test('unit words are reserved: they cannot be names, but longer words starting with them can', () => {
  assert.deepEqual(parse('a s').errors.map((e) => e.code), ['TN105']);
  assert.deepEqual(only('a sigma hops mins').args.map(shape), ['sigma', 'hops', 'mins']);
});

test('every node, operator and bracket has its range, computed from offsets when read', () => {
  const text = 'x {\n  a f(1 ms, [k: -2]) = (3) .. 4\n}\n';
  const file = clean(text);
  const found = new Map([...rangedNodes(file)].map(({ path, range }) => [path.replace(/^file\./, ''), slice(text, range)]));
  const outer = file.statements[0]!;
  assert.equal(found.get('statements[0].range'), text.trimEnd());
  assert.equal(found.get('statements[0].block.open'), '{');
  assert.equal(found.get('statements[0].block.close'), '}');
  const inner = 'statements[0].block.statements[0]';
  assert.equal(found.get(`${inner}.range`), 'a f(1 ms, [k: -2]) = (3) .. 4');
  assert.equal(found.get(`${inner}.args[0].argsRange`), '(1 ms, [k: -2])');
  assert.equal(found.get(`${inner}.args[0].args[0].values[0].unit.range`), 'ms');
  assert.equal(found.get(`${inner}.args[0].args[1].values[0].items[0].range`), 'k: -2');
  assert.equal(found.get(`${inner}.args[0].args[1].values[0].items[0].values[0].range`), '-2');
  assert.equal(found.get(`${inner}.assignment.operator`), '=');
  assert.equal(found.get(`${inner}.assignment.range`), '= (3) .. 4');
  assert.equal(found.get(`${inner}.assignment.values[0].from.range`), '(3)');
  assert.equal(outer.range.start.line, 0);
  assert.deepEqual(outer.block!.statements[0]!.range.start, { offset: 6, line: 1, character: 2 });
  assert.ok(!JSON.stringify(outer).includes('lastLine'), 'a node does not serialise its line index');
});
