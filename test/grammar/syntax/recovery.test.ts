import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, type ParseResult, type Statement, type SyntaxErrorCode } from '../../../grammar/syntax/index';
import { marked } from '../../support/markers';
import { checkInvariants } from './invariants';

/** Parses `source` and expects exactly one diagnostic per `<|…|>` span, with the given codes. */
function diagnose(source: string, ...codes: SyntaxErrorCode[]): ParseResult & { text: string } {
  const { text, spans } = marked(source);
  const result = parse(text);
  checkInvariants(text, result);
  assert.deepEqual(
    result.errors.map((e) => [e.code, text.slice(e.range.start.offset, e.range.end.offset), e.range.start.offset]),
    spans.map((span, i) => [codes[i] ?? codes[0], text.slice(span.start, span.end), span.start]),
    `diagnostics of ${JSON.stringify(text)}: ${result.errors.map((e) => e.message).join(' | ')}`,
  );
  return { ...result, text };
}

/** `name` for a clean statement, `name!` for a recovered one, nested blocks in braces. */
function outline(statements: readonly Statement[]): string {
  return statements
    .map((s) => `${s.keyword.name}${s.recovered ? '!' : ''}${s.block ? ` { ${outline(s.block.statements)} }` : ''}`)
    .join(' ');
}

test('TN103 at top level: one diagnostic, the statements before and after still parse', () => {
  const result = diagnose('a 1\nb f(1 + <|,|> 2) x y\nc 3', 'TN103');
  assert.equal(result.errors[0]!.message, "expected a value (a number, string, name, list or '(') but found ','");
  assert.equal(outline(result.file.statements), 'a b! c');
  assert.equal(result.file.statements[2]!.args.length, 1);
});

test('TN103 in nested blocks: the statements after the broken one in the same block parse', () => {
  const result = diagnose('r {\n  q {\n    a 1 + <|*|> 2\n    b 2\n  }\n  t 3\n}\nz 1', 'TN103');
  assert.equal(outline(result.file.statements), 'r { q { a! b } t } z');
  assert.deepEqual(result.file.statements[0]!.block!.statements[0]!.block!.statements[1]!.args.length, 1);
});

test('TN103 in call arguments', () => {
  const result = diagnose('a f(1, <|,|> 2) g(3)\nb 1', 'TN103');
  assert.equal(result.errors[0]!.message, "expected a value but found ','");
  assert.equal(outline(result.file.statements), 'a! b');
  diagnose('a f(median <|:|> 3)\nb 1', 'TN103');
});

test('TN103 in lists', () => {
  const result = diagnose('vary x [a: 1, b: <|]|>\nvary y [c]', 'TN103');
  assert.equal(outline(result.file.statements), 'vary! vary');
  diagnose('vary x [a: 1 <|:|> 2]\nnext', 'TN103');
  diagnose('vary x [a: 1, <|,|> b]\nnext', 'TN103');
});

test('TN103 in assignments', () => {
  const result = diagnose('loss x = <|=|> 2\nloss y = 3', 'TN103');
  assert.equal(result.errors[0]!.message, "expected a value after '=' but found '='");
  const [broken, fine] = result.file.statements;
  assert.equal(broken!.recovered, true);
  assert.ok(broken!.assignment, 'the `=` that parsed is kept');
  assert.deepEqual(fine!.assignment!.values.length, 1);
  diagnose('const x =<||>\nnext 1', 'TN103');
});

test('TN103 after a complete statement: junk to the end of the line is one diagnostic', () => {
  const result = diagnose('a 1 = 2 <|= 3 x|>\nb 2', 'TN103');
  assert.equal(result.errors[0]!.message, "expected the end of the statement (a new line or ';') but found '='");
  assert.equal(outline(result.file.statements), 'a! b');
  diagnose('a 1 { b 1 } <|, 2|>\nc', 'TN103');
  diagnose('a { b 1 } <|{|> c 1 }\nd', 'TN103');
});

test('TN103 for a line that does not start with a name, blocks included', () => {
  const result = diagnose('<|5 x|> { a 1 }\nb 2\n<|{|> c 1 }\nd', 'TN103', 'TN103');
  assert.equal(result.errors[0]!.message, "expected a statement (a name first) but found '5'");
  assert.equal(outline(result.file.statements), 'b d');
});

test('one diagnostic per broken statement, however many problems it has', () => {
  const result = diagnose('a f(1 + <|,|> 2) [x: ] = = (\nb 1', 'TN103');
  assert.equal(outline(result.file.statements), 'a! b');
  diagnose('a (1 <|b|> c) d e f g\nk', 'TN103');
});

test('TN104: a block left open at the end of the file points at its `{`', () => {
  const result = diagnose('r <|{|>\n  a 1\n  q {\n    b 2\n  }\n', 'TN104');
  assert.equal(result.errors[0]!.message, "expected '}' to close the block opened at line 1");
  const [r] = result.file.statements;
  assert.equal(outline(result.file.statements), 'r! { a q { b } }');
  assert.equal(r!.block!.close, undefined);
  assert.equal(result.text.slice(r!.block!.range.start.offset, r!.block!.range.end.offset), result.text.trimEnd().slice(2));
  assert.equal(parse('r {\n  a 1\n}\n').errors.length, 0);
});

test('TN104: a `(` or `[` left open closes at the end of its line', () => {
  const call = diagnose('a f<|(|>1, 2\nb 3', 'TN104');
  assert.equal(call.errors[0]!.message, "expected ')' to close the '(' opened at line 1");
  assert.equal(outline(call.file.statements), 'a! b');
  const [f] = call.file.statements[0]!.args;
  assert.ok(f?.kind === 'call');
  assert.equal(f.args.length, 2, 'the arguments before the line end are kept');
  assert.equal(call.text.slice(f.argsRange.start.offset, f.argsRange.end.offset), '(1, 2');

  const list = diagnose('r {\n  vary x <|[|>a, b\n  next 1\n}', 'TN104');
  assert.equal(list.errors[0]!.message, "expected ']' to close the list opened at line 2");
  assert.equal(outline(list.file.statements), 'r { vary! next }');

  const paren = diagnose('a <|(|>1 + 2 { b 1 }', 'TN104');
  assert.equal(outline(paren.file.statements), 'a! { b }', 'a block cannot sit inside brackets');
});

test('TN104: a closer that closes nothing', () => {
  const brace = diagnose('a 1\n<|}|>\nb 2', 'TN104');
  assert.equal(brace.errors[0]!.message, "'}' has no matching '{'");
  assert.equal(outline(brace.file.statements), 'a b');
  diagnose('a 1 <|)|>\nb 2', 'TN104');
  diagnose('r { a f(1<|]|>) }\nb', 'TN104');
  diagnose('a <|[|>1, 2)\nb', 'TN104');
});

test('TN104: mismatched brackets inside a block do not break the block', () => {
  const result = diagnose('r {\n  a f<|(|>1 ]\n  b 2\n}\nc', 'TN104');
  assert.equal(outline(result.file.statements), 'r { a! b } c');
});

test('TN105: a unit with no number before it', () => {
  const result = diagnose('timeout <|ms|>\nwait 5 s <|%|>', 'TN105');
  assert.equal(result.errors[0]!.message, "unit 'ms' must follow a number, as in '10 ms'");
  assert.deepEqual(parse('timeout 5 ms\nwait 5s 3 %').errors, []);
  diagnose('a 10\n<|ms|>', 'TN105');
});

test('a recovered parse keeps the statements that parsed, so an editor can still complete them', () => {
  const result = diagnose('relays guard x 15 <|{|>\n  bandwidth lognormal(median ,<|)|>\n  flags guard\n', 'TN104', 'TN103');
  assert.equal(outline(result.file.statements), 'relays! { bandwidth! flags }');
});
