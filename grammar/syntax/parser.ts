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
import type { LineIndex } from './line-index';
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

class TornetParser extends EmbeddedActionsParser {
  // State of the current parse; `parseFile` resets it.
  private lines!: LineIndex;
  private stream!: TokenStream;
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
    return { statements, errors: this.found };
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
      this.ACTION(() => this.checkClosed(open));
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

  // Expressions, lowest precedence first: interval, + -, * /, unary -, primary.

  private value = this.RULE(
    'value',
    (): Expression => {
      const from = this.SUBRULE(this.additive);
      const to = this.OPTION(() => {
        this.CONSUME(t.DotDot);
        return this.SUBRULE1(this.additive);
      });
      return this.ACTION(() =>
        to === undefined ? from : { kind: 'interval', from, to, range: this.span(from, to) },
      );
    },
    { resyncEnabled: false },
  );

  private additive = this.RULE(
    'additive',
    (): Expression => {
      let left = this.SUBRULE(this.multiplicative);
      this.MANY(() => {
        const operator = this.CONSUME(t.AdditiveOperator);
        const right = this.SUBRULE1(this.multiplicative);
        left = this.ACTION(() => this.binary(operator, left, right));
      });
      return left;
    },
    { resyncEnabled: false },
  );

  private multiplicative = this.RULE(
    'multiplicative',
    (): Expression => {
      let left = this.SUBRULE(this.unary);
      this.MANY(() => {
        const operator = this.CONSUME(t.MultiplicativeOperator);
        const right = this.SUBRULE1(this.unary);
        left = this.ACTION(() => this.binary(operator, left, right));
      });
      return left;
    },
    { resyncEnabled: false },
  );

  /** `- - x` is a loop, not recursion, so a long run of minus signs cannot exhaust the stack. */
  private unary = this.RULE(
    'unary',
    (): Expression => {
      const signs: IToken[] = [];
      this.MANY(() => {
        signs.push(this.CONSUME(t.Minus));
      });
      const operand = this.SUBRULE(this.primary);
      return this.ACTION(() => {
        let result = operand;
        for (let i = signs.length - 1; i >= 0; i--) {
          result = {
            kind: 'unary',
            operator: '-',
            operand: result,
            range: this.lines.range(signs[i]!.startOffset, this.end(operand)),
          };
        }
        return result;
      });
    },
    { resyncEnabled: false },
  );

  // Built once: Chevrotain's advice for OR with four or more alternatives.
  private primaryAlternatives: OrMethodOpts<Expression> | undefined;

  private primary = this.RULE(
    'primary',
    (): Expression =>
      this.OR(
        (this.primaryAlternatives ??= {
          DEF: [
            { ALT: () => this.numberLiteral(this.CONSUME(t.NumberLiteral), this.OPTION(() => this.CONSUME(t.Unit))) },
            { ALT: () => this.stringLiteral(this.CONSUME(t.StringToken)) },
            { ALT: () => this.SUBRULE(this.nameOrCall) },
            { ALT: () => this.SUBRULE(this.list) },
            { ALT: () => this.SUBRULE(this.parenthesized) },
            { ALT: () => this.symbol(this.CONSUME(t.BiArrow)) },
            { ALT: () => this.symbol(this.CONSUME(t.Arrow)) },
          ],
          ERR_MSG: "a value (a number, string, name, list or '(')",
        }),
      ),
    { resyncEnabled: false },
  );

  /** `name`, or `name(args)`: a name followed by `(` is always a call. */
  private nameOrCall = this.RULE(
    'nameOrCall',
    (): Expression => {
      const name = this.CONSUME(t.Identifier);
      const args: Argument[] = [];
      let open: IToken | undefined;
      let close: IToken | undefined;
      this.OPTION(() => {
        open = this.CONSUME(t.LParen);
        this.ACTION(() => this.checkClosed(open!));
        this.OPTION1(() => {
          args.push(this.SUBRULE(this.argument));
          this.MANY(() => {
            this.CONSUME(t.Comma);
            args.push(this.SUBRULE1(this.argument));
          });
        });
        close = this.CONSUME(t.RParen);
      });
      return this.ACTION(() => {
        const callee = this.identifier(name);
        if (open === undefined || close === undefined) return callee;
        const end = this.tokenEnd(close);
        return {
          kind: 'call',
          callee,
          args,
          argsRange: this.lines.range(open.startOffset, end),
          range: this.lines.range(name.startOffset, end),
        };
      });
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
      return this.ACTION(() => ({ kind: 'argument', values, range: this.span(values[0]!, values.at(-1)!) }));
    },
    { resyncEnabled: false },
  );

  private list = this.RULE(
    'list',
    (): List => {
      const open = this.CONSUME(t.LBracket);
      this.ACTION(() => this.checkClosed(open));
      const items: ListItem[] = [];
      this.OPTION(() => {
        items.push(this.SUBRULE(this.listItem));
        this.MANY(() => {
          this.CONSUME(t.Comma);
          items.push(this.SUBRULE1(this.listItem));
        });
      });
      const close = this.CONSUME(t.RBracket);
      return this.ACTION(() => ({
        kind: 'list',
        items,
        range: this.lines.range(open.startOffset, this.tokenEnd(close)),
      }));
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
      return this.ACTION(() => {
        const start = label === undefined ? values[0]!.range.start.offset : label.startOffset;
        const item: Mutable<ListItem> = {
          kind: 'list-item',
          values,
          range: this.lines.range(start, this.end(values.at(-1)!)),
        };
        if (label !== undefined) item.label = this.identifier(label);
        return item;
      });
    },
    { resyncEnabled: false },
  );

  private parenthesized = this.RULE(
    'parenthesized',
    (): Expression => {
      const open = this.CONSUME(t.LParen);
      this.ACTION(() => this.checkClosed(open));
      const expression = this.SUBRULE(this.value);
      const close = this.CONSUME(t.RParen);
      return this.ACTION(() => ({
        kind: 'parenthesized',
        expression,
        range: this.lines.range(open.startOffset, this.tokenEnd(close)),
      }));
    },
    { resyncEnabled: false },
  );

  // Node builders. Each returns a placeholder while Chevrotain records the grammar.

  private numberLiteral(digits: IToken, unit: IToken | undefined): NumberLiteral {
    if (this.RECORDING_PHASE) return undefined as never;
    const literal: Mutable<NumberLiteral> = {
      kind: 'number',
      value: Number(digits.image),
      text: digits.image,
      range: this.lines.range(digits.startOffset, this.tokenEnd(unit ?? digits)),
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

  private identifier(token: IToken): Identifier {
    const name = token.image;
    let parts = this.parts.get(name);
    if (parts === undefined) this.parts.set(name, (parts = name.split('.')));
    return { kind: 'identifier', name, parts, range: this.tokenRange(token) };
  }

  private binary(operator: IToken, left: Expression, right: Expression): Expression {
    return { kind: 'binary', operator: operator.image as '+' | '-' | '*' | '/', left, right, range: this.span(left, right) };
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
    if (!this.stream.unclosed.has(open)) return;
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
