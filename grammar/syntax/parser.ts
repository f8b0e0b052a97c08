// The `.tornet` grammar (docs/syntax.md), building the syntax tree of ast.ts directly.
//
// EmbeddedActionsParser rather than CST + visitor: the AST is the only output, and the
// language server re-parses on every keystroke, so building it in one pass avoids
// allocating and walking a second tree (Chevrotain measures embedded actions ~50% faster).
// AST-building code runs through helpers that return placeholders while Chevrotain records
// the grammar (RECORDING_PHASE).
//
// Recovery: the token stream (token-stream.ts) guarantees balanced brackets, so errors here
// are about content. Chevrotain's single-token deletion and in-repetition recovery stay on;
// statement-level re-sync is ours: a statement whose values fail to parse catches the error,
// reports it once, and swallows the rest of its line, so parsing resumes at the next line,
// `;` or `}`. (Chevrotain's follow-set re-sync would resume at the next name on the same
// line, which can be the middle of the broken statement, and report it again.)
import './polyfill';
import { EmbeddedActionsParser, isRecognitionException, type IToken, type OrMethodOpts, type TokenType } from 'chevrotain';
import type {
  Argument,
  Assignment,
  Block,
  Expression,
  Identifier,
  List,
  ListItem,
  NumberLiteral,
  Range,
  Statement,
  StringLiteral,
} from './ast';
import * as t from './tokens';
import { messages } from './messages';
import type { TokenStream } from './token-stream';
import { LineIndex } from './line-index';
import { quote, type OffsetError } from './offset-error';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What answers for the errors met while parsing it: each owner reports at most one diagnostic. */
interface Owner {
  reported: boolean;
  /** Set when the parser skipped or invented tokens (even without a new diagnostic). */
  recovered: boolean;
  /** The statement built for this owner, once built; junk after it still marks it recovered. */
  statement?: Mutable<Statement>;
}

interface CallArguments {
  readonly open: IToken;
  readonly args: Argument[];
  readonly close: IToken;
}

interface StatementListState {
  readonly statements: Statement[];
  /** The owner of the statement just parsed, until a terminator ends it. */
  open: Owner | undefined;
}

/** A statement's values, filled as they parse so that a recovered statement keeps what parsed. */
interface Head {
  args: Expression[];
  assignment?: Mutable<Assignment>;
}

export interface ParsedFile {
  readonly statements: Statement[];
  readonly errors: OffsetError[];
}

const bracketNames = new Map<TokenType, string>([
  [t.LCurly, "expected '}' to close the block"],
  [t.LParen, "expected ')' to close the '('"],
  [t.LBracket, "expected ']' to close the list"],
]);

const noTokens: TokenStream = { tokens: [], unclosed: new Set(), virtual: new Set(), errors: [], tooDeep: false };
const noLines = new LineIndex('');

class TornetParser extends EmbeddedActionsParser {
  // State of the current parse; `parseFile` resets it.
  private lines = noLines;
  private stream = noTokens;
  private found: OffsetError[] = [];
  private harvested = 0;
  private owners: Owner[] = [];
  private lists: StatementListState[] = [];
  /** Identifier parts by name: names repeat, and `parts` is read-only. */
  private parts = new Map<string, readonly string[]>();
  private lastStatementOwner: Owner | undefined;

  constructor() {
    super(t.parserTokens, { recoveryEnabled: true, errorMessageProvider: messages, maxLookahead: 2 });
    this.performSelfAnalysis();
  }

  parseFile(stream: TokenStream, lines: LineIndex): ParsedFile {
    this.stream = stream;
    this.lines = lines;
    this.found = [];
    this.harvested = 0;
    this.owners = [];
    this.lists = [];
    this.parts = new Map();
    this.input = stream.tokens;
    const statements = this.file();
    this.harvest(undefined);
    const errors = this.found;
    // Let go of this parse's text and tokens: the process keeps the parser, not the last file.
    this.input = [];
    this.stream = noTokens;
    this.lines = noLines;
    this.parts = new Map();
    this.lastStatementOwner = undefined;
    return { statements, errors };
  }

  // Inserting a token would invent source text with no position; deletion is enough.
  protected override canTokenTypeBeInsertedInRecovery(): boolean {
    return false;
  }

  private file = this.RULE('file', () => this.SUBRULE(this.statementList), { recoveryValueFunc: () => [] });

  private statementList = this.RULE(
    'statementList',
    () => {
      const list: StatementListState = { statements: [], open: undefined };
      this.ACTION(() => this.lists.push(list));
      this.MANY(() => this.OR(this.statementListAlternatives));
      this.ACTION(() => this.lists.pop());
      return list.statements;
    },
    { resyncEnabled: false },
  );

  // Built once and shared by every list (Chevrotain's advice); they act on the innermost list.
  private statementListAlternatives = [
    {
      ALT: () => {
        this.CONSUME(t.Terminator);
        if (!this.RECORDING_PHASE) this.lists.at(-1)!.open = undefined;
      },
    },
    {
      ALT: () => {
        const statement = this.SUBRULE(this.statement);
        if (this.RECORDING_PHASE) return;
        const list = this.lists.at(-1)!;
        list.statements.push(statement);
        list.open = this.lastStatementOwner;
      },
    },
    {
      ALT: () => {
        this.SUBRULE(this.strayStatement, { ARGS: [this.RECORDING_PHASE ? undefined : this.lists.at(-1)!.open] });
        if (!this.RECORDING_PHASE) this.lists.at(-1)!.open = undefined;
      },
    },
  ];

  private statement = this.RULE(
    'statement',
    () => {
      const keyword = this.CONSUME(t.Identifier);
      const owner: Owner = { reported: false, recovered: false };
      const head: Head = { args: [] };
      this.ACTION(() => this.owners.push(owner));
      try {
        this.SUBRULE(this.statementValues, { ARGS: [head] });
      } catch (error) {
        if (!(error instanceof Error && isRecognitionException(error))) throw error;
      }
      this.ACTION(() => this.harvest(owner));
      this.MANY(this.restOfBrokenLine);
      const block = this.OPTION(() => this.SUBRULE(this.block));
      return this.ACTION(() => {
        this.owners.pop();
        this.lastStatementOwner = owner;
        const statement: Mutable<Statement> = {
          kind: 'statement',
          keyword: this.identifier(keyword),
          args: head.args,
          range: this.lines.range(keyword.startOffset, this.previousEnd()),
          recovered: owner.recovered,
        };
        if (head.assignment) statement.assignment = head.assignment;
        if (block) statement.block = block;
        owner.statement = statement;
        return statement as Statement;
      });
    },
    { resyncEnabled: false },
  );

  /** After an error the rest of the line belongs to the broken statement being parsed. */
  private restOfBrokenLine = {
    GATE: () => this.owners.at(-1)!.recovered,
    DEF: () => {
      this.CONSUME(t.LineContent);
    },
  };

  private statementValues = this.RULE(
    'statementValues',
    (head: Head) => {
      this.MANY(() => {
        const value = this.SUBRULE(this.value);
        this.ACTION(() => head.args.push(value));
      });
      this.OPTION(() => {
        const operator = this.CONSUME(t.Equals);
        const values: Expression[] = [];
        this.ACTION(() => {
          const range = this.tokenRange(operator);
          head.assignment = { kind: 'assignment', operator: range, values, range };
        });
        this.AT_LEAST_ONE({
          DEF: () => {
            const value = this.SUBRULE2(this.value);
            this.ACTION(() => {
              values.push(value);
              head.assignment!.range = this.lines.range(operator.startOffset, this.end(value));
            });
          },
          ERR_MSG: "a value after '='",
        });
      });
    },
    { resyncEnabled: false },
  );

  /** A line that cannot be a statement, or junk after one; reported once and skipped. */
  private strayStatement = this.RULE(
    'strayStatement',
    (open: Owner | undefined) => {
      // Problems inside, such as an unclosed block, belong to the statement the junk follows.
      const owner = open ?? this.newOwner();
      this.ACTION(() => this.owners.push(owner));
      this.OR([
        {
          ALT: () => {
            const first = this.CONSUME(t.Stray);
            let last = first;
            this.MANY(() => {
              last = this.CONSUME(t.LineContent);
            });
            this.ACTION(() => this.reportStray(first, last, owner, open !== undefined));
            this.OPTION(() => this.SUBRULE(this.block));
          },
        },
        {
          ALT: () => {
            this.ACTION(() => {
              const brace = this.LA(1).startOffset;
              const message = open
                ? "expected the end of the statement (a new line or ';') but found '{'"
                : "expected a statement before '{'";
              this.report(owner, 'TN103', message, brace, brace + 1);
            });
            this.SUBRULE1(this.block);
          },
        },
      ]);
      this.ACTION(() => this.owners.pop());
    },
    { resyncEnabled: false },
  );

  private block = this.RULE(
    'block',
    (): Block => {
      const open = this.CONSUME(t.LCurly);
      this.checkClosed(open);
      const statements = this.SUBRULE(this.statementList);
      const close = this.CONSUME(t.RCurly);
      return this.ACTION(() => {
        const block: Mutable<Block> = {
          kind: 'block',
          statements,
          open: this.tokenRange(open),
          range: this.lines.range(open.startOffset, this.tokenEnd(close)),
        };
        if (!this.stream.virtual.has(close)) block.close = this.tokenRange(close);
        return block;
      });
    },
    { resyncEnabled: false },
  );

  // Expressions. `..` binds loosest, then + -, then * /, then unary -. A value reads a chain
  // `operand (op operand)*` on each side of an optional `..` and applies the precedence of
  // + - * / itself (byPrecedence): two rule calls per value instead of one per precedence
  // level, which also keeps the stack shallow for nested calls.

  private value = this.RULE(
    'value',
    (): Expression => {
      const operands = [this.SUBRULE(this.primary)];
      const operators: IToken[] = [];
      this.MANY(() => {
        operators.push(this.CONSUME(t.BinaryOperator));
        operands.push(this.SUBRULE1(this.primary));
      });
      const from = this.byPrecedence(operands, operators);
      const to = this.OPTION(() => {
        this.CONSUME(t.DotDot);
        const right = [this.SUBRULE2(this.primary)];
        const rightOperators: IToken[] = [];
        this.MANY1(() => {
          rightOperators.push(this.CONSUME1(t.BinaryOperator));
          right.push(this.SUBRULE3(this.primary));
        });
        return this.byPrecedence(right, rightOperators);
      });
      return to === undefined ? from : this.interval(from, to);
    },
    { resyncEnabled: false },
  );

  // Built once: Chevrotain's advice for OR with four or more alternatives.
  private primaryAlternatives: OrMethodOpts<Expression> | undefined;

  /** An operand: leading minus signs (a loop, so a long run cannot exhaust the stack), then a value. */
  private primary = this.RULE(
    'primary',
    (): Expression => {
      const signs: IToken[] = [];
      this.MANY(() => {
        signs.push(this.CONSUME(t.Minus));
      });
      const operand = this.OR(
        (this.primaryAlternatives ??= {
          DEF: [
            { ALT: () => this.numberLiteral(this.CONSUME(t.NumberLiteral), this.OPTION(() => this.CONSUME(t.Unit))) },
            { ALT: () => this.stringLiteral(this.CONSUME(t.StringToken)) },
            { ALT: () => this.nameOrCall(this.CONSUME(t.Identifier), this.OPTION1(() => this.SUBRULE(this.callArguments))) },
            { ALT: () => this.SUBRULE(this.list) },
            { ALT: () => this.SUBRULE(this.parenthesized) },
            { ALT: () => this.symbol(this.CONSUME(t.BiArrow)) },
            { ALT: () => this.symbol(this.CONSUME(t.Arrow)) },
          ],
          ERR_MSG: "a value (a number, string, name, list or '(')",
        }),
      );
      return signs.length === 0 ? operand : this.negate(signs, operand);
    },
    { resyncEnabled: false },
  );

  /** `(args)` after a name: a name followed by `(` is always a call, even with spaces between. */
  private callArguments = this.RULE(
    'callArguments',
    (): CallArguments => {
      const open = this.CONSUME(t.LParen);
      this.checkClosed(open);
      const args: Argument[] = [];
      this.OPTION(() => {
        args.push(this.SUBRULE(this.argument));
        this.MANY(() => {
          this.CONSUME(t.Comma);
          args.push(this.SUBRULE1(this.argument));
        });
      });
      const close = this.CONSUME(t.RParen);
      return { open, args, close };
    },
    { resyncEnabled: false },
  );

  private argument = this.RULE(
    'argument',
    (): Argument => {
      const values: Expression[] = [];
      this.AT_LEAST_ONE(() => {
        values.push(this.SUBRULE(this.value));
      });
      return this.valueRun('argument', values);
    },
    { resyncEnabled: false },
  );

  private list = this.RULE(
    'list',
    (): List => {
      const open = this.CONSUME(t.LBracket);
      this.checkClosed(open);
      const items: ListItem[] = [];
      this.OPTION(() => {
        items.push(this.SUBRULE(this.listItem));
        this.MANY(() => {
          this.CONSUME(t.Comma);
          items.push(this.SUBRULE1(this.listItem));
        });
      });
      const close = this.CONSUME(t.RBracket);
      return this.RECORDING_PHASE ? (undefined as never) : { kind: 'list', items, range: this.tokenSpan(open, close) };
    },
    { resyncEnabled: false },
  );

  /** `value…` or `label: value…`. */
  private listItem = this.RULE(
    'listItem',
    (): ListItem => {
      const label = this.OPTION(() => {
        const name = this.CONSUME(t.Identifier);
        this.CONSUME(t.Colon);
        return name;
      });
      const values: Expression[] = [];
      this.AT_LEAST_ONE(() => {
        values.push(this.SUBRULE(this.value));
      });
      if (this.RECORDING_PHASE) return undefined as never;
      if (label === undefined) return this.valueRun('list-item', values);
      const labelName = this.identifier(label);
      return {
        kind: 'list-item',
        label: labelName,
        values,
        range: this.lines.range(label.startOffset, this.end(values.at(-1)!)),
      };
    },
    { resyncEnabled: false },
  );

  private parenthesized = this.RULE(
    'parenthesized',
    (): Expression => {
      const open = this.CONSUME(t.LParen);
      this.checkClosed(open);
      const expression = this.SUBRULE(this.value);
      const close = this.CONSUME(t.RParen);
      return this.RECORDING_PHASE ? (undefined as never) : { kind: 'parenthesized', expression, range: this.tokenSpan(open, close) };
    },
    { resyncEnabled: false },
  );

  // Node builders. Rules call them directly (cheaper than ACTION closures), so each
  // returns a placeholder while Chevrotain records the grammar (RECORDING_PHASE).

  private numberLiteral(digits: IToken, unit: IToken | undefined): NumberLiteral {
    if (this.RECORDING_PHASE) return undefined as never;
    const literal: Mutable<NumberLiteral> = {
      kind: 'number',
      value: Number(digits.image),
      text: digits.image,
      range: unit === undefined ? this.tokenRange(digits) : this.tokenSpan(digits, unit),
    };
    if (unit) literal.unit = { kind: 'unit', text: unit.image, range: this.tokenRange(unit) };
    return literal;
  }

  private stringLiteral(token: IToken): StringLiteral {
    if (this.RECORDING_PHASE) return undefined as never;
    const terminated = token.tokenType === t.ClosedString;
    const body = token.image.slice(1, terminated ? -1 : undefined);
    return {
      kind: 'string',
      value: body.replace(/\\(["\\])/g, '$1'),
      terminated,
      range: this.tokenRange(token),
    };
  }

  private symbol(token: IToken): Expression {
    if (this.RECORDING_PHASE) return undefined as never;
    return { kind: 'symbol', text: token.image as '<->' | '->', range: this.tokenRange(token) };
  }

  private nameOrCall(name: IToken, call: CallArguments | undefined): Expression {
    if (this.RECORDING_PHASE) return undefined as never;
    const callee = this.identifier(name);
    if (call === undefined) return callee;
    return {
      kind: 'call',
      callee,
      args: call.args,
      argsRange: this.tokenSpan(call.open, call.close),
      range: this.lines.range(name.startOffset, this.tokenEnd(call.close)),
    };
  }

  private identifier(token: IToken): Identifier {
    const name = token.image;
    let parts = this.parts.get(name);
    if (parts === undefined) this.parts.set(name, (parts = name.split('.')));
    return { kind: 'identifier', name, parts, range: this.tokenRange(token) };
  }

  /** Applies the precedence of `* /` over `+ -`, both left-associative, to `a op b op c …`. */
  private byPrecedence(operands: Expression[], operators: IToken[]): Expression {
    if (this.RECORDING_PHASE || operators.length === 0) return operands[0]!;
    let sum: Expression | undefined;
    let sumOperator: IToken | undefined;
    let term = operands[0]!;
    for (let i = 0; i < operators.length; i++) {
      const operator = operators[i]!;
      const next = operands[i + 1]!;
      if (operator.tokenType === t.Star || operator.tokenType === t.Slash) {
        term = this.binary(operator, term, next);
      } else {
        sum = sum === undefined ? term : this.binary(sumOperator!, sum, term);
        sumOperator = operator;
        term = next;
      }
    }
    return sum === undefined ? term : this.binary(sumOperator!, sum, term);
  }

  private binary(operator: IToken, left: Expression, right: Expression): Expression {
    return { kind: 'binary', operator: operator.image as '+' | '-' | '*' | '/', left, right, range: this.span(left, right) };
  }

  private negate(signs: IToken[], operand: Expression): Expression {
    if (this.RECORDING_PHASE) return undefined as never;
    let result = operand;
    for (let i = signs.length - 1; i >= 0; i--) {
      const range = this.lines.range(signs[i]!.startOffset, this.end(operand));
      result = { kind: 'unary', operator: '-', operand: result, range };
    }
    return result;
  }

  private interval(from: Expression, to: Expression): Expression {
    if (this.RECORDING_PHASE) return undefined as never;
    return { kind: 'interval', from, to, range: this.span(from, to) };
  }

  /** An argument or unlabelled list item; one value shares its range (most arguments are one value). */
  private valueRun<K extends 'argument' | 'list-item'>(kind: K, values: Expression[]): { kind: K; values: Expression[]; range: Range } {
    if (this.RECORDING_PHASE) return undefined as never;
    const range = values.length === 1 ? values[0]!.range : this.span(values[0]!, values.at(-1)!);
    return { kind, values, range };
  }

  private tokenSpan(first: IToken, last: IToken): Range {
    return this.lines.range(first.startOffset, this.tokenEnd(last));
  }

  private span(first: Expression, last: Expression): Range {
    return this.lines.range(first.range.start.offset, this.end(last));
  }

  private end(node: Expression): number {
    return node.range.end.offset;
  }

  private tokenRange(token: IToken): Range {
    return this.lines.range(token.startOffset, this.tokenEnd(token));
  }

  private tokenEnd(token: IToken): number {
    return token.startOffset + token.image.length;
  }

  /** End of the last token consumed. */
  private previousEnd(): number {
    return this.tokenEnd(this.LA(0));
  }

  // Diagnostics.

  private newOwner(): Owner {
    return { reported: false, recovered: false };
  }

  /** Records a diagnostic unless its owner already has one. */
  private report(owner: Owner, code: OffsetError['code'], message: string, start: number, end: number): void {
    owner.recovered = true;
    if (owner.statement) owner.statement.recovered = true;
    if (owner.reported) return;
    owner.reported = true;
    this.found.push({ code, message, start, end });
  }

  /** Moves Chevrotain's new errors to `owner`. Errors at invented closers repeat a TN104 already reported. */
  private harvest(owner: Owner | undefined): void {
    const errors = this.errors;
    for (; this.harvested < errors.length; this.harvested++) {
      const error = errors[this.harvested]!;
      const target = owner ?? this.newOwner();
      if (this.stream.virtual.has(error.token)) {
        target.recovered = true;
        continue;
      }
      // The end of the file (offset -1) and a newline are reported as a point where the line ends.
      const token = error.token;
      const atEnd = !(token.startOffset >= 0) || token.tokenType === t.Newline;
      const start = token.startOffset >= 0 ? token.startOffset : this.previousEnd();
      if (token.tokenType === t.UnmatchedCloser) this.reportUnmatched(token, target);
      else this.report(target, 'TN103', error.message, start, atEnd ? start : start + token.image.length);
    }
  }

  private checkClosed(open: IToken): void {
    if (this.RECORDING_PHASE || !this.stream.unclosed.has(open)) return;
    const line = this.lines.position(open.startOffset).line + 1;
    const owner = this.owners.at(-1) ?? this.newOwner();
    this.report(owner, 'TN104', `${bracketNames.get(open.tokenType)} opened at line ${line}`, open.startOffset, open.startOffset + 1);
  }

  private reportUnmatched(closer: IToken, owner: Owner): void {
    const opener = { '}': '{', ')': '(', ']': '[' }[closer.image as '}' | ')' | ']'];
    this.report(owner, 'TN104', `${quote(closer.image)} has no matching '${opener}'`, closer.startOffset, closer.startOffset + 1);
  }

  private reportStray(first: IToken, last: IToken, owner: Owner, afterStatement: boolean): void {
    const start = first.startOffset;
    const end = this.tokenEnd(last);
    if (first.tokenType === t.UnmatchedCloser) {
      this.reportUnmatched(first, owner);
    } else if (afterStatement) {
      this.report(owner, 'TN103', `expected the end of the statement (a new line or ';') but found ${quote(first.image)}`, start, end);
    } else {
      this.report(owner, 'TN103', `expected a statement (a name first) but found ${quote(first.image)}`, start, end);
    }
  }
}

// One parser for the process: building one costs far more than a parse (grammar recording
// and validation); `parseFile` resets it through `input`.
const parser = new TornetParser();

export function parseTokens(stream: TokenStream, lines: LineIndex): ParsedFile {
  return parser.parseFile(stream, lines);
}
