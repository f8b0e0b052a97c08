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
import {
  EmbeddedActionsParser,
  isRecognitionException,
  tokenMatcher,
  type IRecognitionException,
  type IToken,
  type OrMethodOpts,
  type TokenType,
} from 'chevrotain';
import type { Argument, Block, ListItem, Statement } from './ast';
import {
  ArgumentNode,
  AssignmentNode,
  BinaryNode,
  BlockNode,
  CallNode,
  IdentifierNode,
  IntervalNode,
  ListItemNode,
  ListNode,
  NumberNode,
  ParenthesizedNode,
  StatementNode,
  StringNode,
  SymbolNode,
  UnaryNode,
  UnitNode,
  type ExpressionNode,
} from './nodes';
import * as t from './tokens';
import { messages } from './messages';
import type { TokenStream } from './token-stream';
import { LineIndex } from './line-index';
import { quote, type OffsetError } from './offset-error';

/**
 * What answers for the errors met while parsing it: each owner reports at most one diagnostic.
 * A statement gets one only when it meets an error, or when junk follows it (most never do).
 */
interface Owner {
  reported: boolean;
  /** Set when the parser skipped or invented tokens (even without a new diagnostic). */
  recovered: boolean;
  /** The statement built for this owner, once built; junk after it still marks it recovered. */
  statement: StatementNode | undefined;
}

interface CallArguments {
  readonly open: IToken;
  readonly args: Argument[];
  readonly close: IToken;
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
  /** Owners of the statements and stray lines being read, innermost last; a statement's slot stays empty until `ownerAt`. */
  private owners: (Owner | undefined)[] = [];
  /** The statements of the lists being read, each list above the height it found. */
  private statementStack: Statement[] = [];
  /** The innermost list's statement just parsed, until a terminator ends it, and its owner if it has one. */
  private openStatement: StatementNode | undefined;
  private openOwner: Owner | undefined;
  private lastStatementOwner: Owner | undefined;
  // Work stacks of the expression rules, shared by nested rules (each works above the height it
  // found): an operand chain, a run of minus signs or a run of values needs no closure or
  // array of its own while it is read.
  private operands: ExpressionNode[] = [];
  private operators: IToken[] = [];
  private signs: IToken[] = [];
  private valueStack: ExpressionNode[] = [];
  private argumentStack: Argument[] = [];
  /** The arguments of the statements being read, each above the height it found. */
  private statementArgs: ExpressionNode[] = [];
  /** The assignment of the statement whose values are being read (values hold no statements). */
  private assignment: AssignmentNode | undefined;

  constructor() {
    super(t.parserTokens, { recoveryEnabled: true, errorMessageProvider: messages, maxLookahead: 2 });
    this.performSelfAnalysis();
    if (!Array.isArray(this.recorded)) throw new Error('the installed Chevrotain keeps its parse errors elsewhere than parser.ts expects');
  }

  /**
   * Chevrotain's own list of the errors met so far. Its public `errors` returns a copy, and
   * `harvest` looks after every statement (a copy each time was 0.7 MB a parse).
   */
  private get recorded(): IRecognitionException[] {
    return (this as unknown as { _errors: IRecognitionException[] })._errors;
  }

  parseFile(stream: TokenStream, lines: LineIndex): ParsedFile {
    this.stream = stream;
    this.lines = lines;
    this.found = [];
    this.harvested = 0;
    this.owners = [];
    this.input = stream.tokens;
    const statements = this.file();
    this.harvest(undefined);
    const errors = this.found;
    // Let go of this parse's text and tokens: the process keeps the parser, not the last file.
    this.input = [];
    this.stream = noTokens;
    this.lines = noLines;
    this.lastStatementOwner = undefined;
    this.openStatement = undefined;
    this.openOwner = undefined;
    this.assignment = undefined;
    // A statement abandoned by an error leaves its partial operands behind: drop them.
    this.operands.length = 0;
    this.operators.length = 0;
    this.signs.length = 0;
    this.valueStack.length = 0;
    this.argumentStack.length = 0;
    this.statementArgs.length = 0;
    this.statementStack.length = 0;
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
      // A block's list works above its outer list's statements, and leaves its open statement as it was.
      const base = this.statementStack.length;
      const outerStatement = this.openStatement;
      const outerOwner = this.openOwner;
      this.openStatement = undefined;
      this.openOwner = undefined;
      this.MANY(this.statementListItem);
      this.openStatement = outerStatement;
      this.openOwner = outerOwner;
      return takeAbove(this.statementStack, base);
    },
    { resyncEnabled: false },
  );

  private statementListItem = () => this.OR(this.statementListAlternatives);

  // Built once and shared by every list (Chevrotain's advice); they act on the innermost list.
  private statementListAlternatives = [
    {
      ALT: () => {
        this.CONSUME(t.Terminator);
        this.openStatement = undefined;
        this.openOwner = undefined;
      },
    },
    {
      ALT: () => {
        const statement = this.SUBRULE(this.statement);
        if (this.RECORDING_PHASE) return;
        this.statementStack.push(statement);
        this.openStatement = statement;
        this.openOwner = this.lastStatementOwner;
      },
    },
    {
      ALT: () => {
        this.SUBRULE(this.strayStatement, { ARGS: [this.RECORDING_PHASE ? undefined : this.ownerOfOpenStatement()] });
        this.openStatement = undefined;
        this.openOwner = undefined;
      },
    },
  ];

  private statement = this.RULE(
    'statement',
    () => {
      const keyword = this.CONSUME(t.Identifier);
      const depth = this.owners.length;
      if (!this.RECORDING_PHASE) this.owners.push(undefined);
      // Values cannot hold statements, so one statement's values are read at a time (no ARGS
      // object and array per statement, no object per statement for its assignment).
      this.assignment = undefined;
      const argsBase = this.statementArgs.length;
      try {
        this.SUBRULE(this.statementValues);
      } catch (error) {
        if (!(error instanceof Error && isRecognitionException(error))) throw error;
      }
      const args = takeAbove(this.statementArgs, argsBase);
      const assignment: AssignmentNode | undefined = this.assignment;
      if (!this.RECORDING_PHASE) this.harvest(depth);
      // Only after an error (Chevrotain would allocate a gate closure per statement otherwise).
      // Skipping the MANY is the same as its lookahead failing: nothing after it in this rule is
      // a token, so its in-repetition recovery has nothing to resynchronise to.
      if (this.RECORDING_PHASE || this.owners[depth]?.recovered) this.MANY(this.restOfBrokenLine);
      const block = this.OPTION(this.optionalBlock);
      if (this.RECORDING_PHASE) return undefined as never;
      const owner = this.owners.pop();
      this.lastStatementOwner = owner;
      const statement = new StatementNode(
        this.lines,
        keyword.startOffset,
        this.previousEnd(),
        this.identifier(keyword),
        args,
        assignment,
        block,
        owner !== undefined && owner.recovered,
      );
      if (owner !== undefined) owner.statement = statement;
      return statement;
    },
    { resyncEnabled: false },
  );

  private optionalBlock = () => this.SUBRULE(this.block);

  /** After an error the rest of the line belongs to the broken statement being parsed. */
  private restOfBrokenLine = () => {
    this.CONSUME(t.LineContent);
  };

  private statementValues = this.RULE(
    'statementValues',
    () => {
      this.MANY(this.statementArgument);
      this.OPTION(this.statementAssignment);
    },
    { resyncEnabled: false },
  );

  private statementArgument = () => {
    const value = this.SUBRULE(this.value);
    if (!this.RECORDING_PHASE) this.statementArgs.push(value);
  };

  private statementAssignment = () => {
    const operator = this.CONSUME(t.Equals);
    if (!this.RECORDING_PHASE) this.assignment = new AssignmentNode(this.lines, operator.startOffset);
    this.AT_LEAST_ONE(this.assignedValues);
  };

  private assignedValues = {
    DEF: () => {
      const value = this.SUBRULE2(this.value);
      if (this.RECORDING_PHASE) return;
      const assignment = this.assignment!;
      assignment.values.push(value);
      assignment.endOffset = value.endOffset;
    },
    ERR_MSG: "a value after '='",
  };

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
      if (this.RECORDING_PHASE) return undefined as never;
      return new BlockNode(this.lines, open.startOffset, this.tokenEnd(close), statements, !this.stream.virtual.has(close));
    },
    { resyncEnabled: false },
  );

  // Expressions. `..` binds loosest, then + -, then * /, then unary -. A value reads a chain
  // `operand (op operand)*` on each side of an optional `..` and applies the precedence of
  // + - * / itself (byPrecedence): two rule calls per value instead of one per precedence
  // level, which also keeps the stack shallow for nested calls.

  private value = this.RULE(
    'value',
    (): ExpressionNode => {
      const operandsBase = this.operands.length;
      const operatorsBase = this.operators.length;
      this.operands.push(this.SUBRULE(this.primary));
      // Most values have no operator, and a MANY costs Chevrotain two allocations even when it
      // matches nothing. Without an operator next it cannot match, and skipping it changes no
      // recovery (nothing after it in this rule is a token). Likewise for the minus signs below.
      if (this.RECORDING_PHASE || tokenMatcher(this.LA(1), t.BinaryOperator)) this.MANY(this.nextOperand);
      const from = this.byPrecedence(operandsBase, operatorsBase);
      const to = this.OPTION(this.intervalEnd);
      return to === undefined ? from : this.interval(from, to);
    },
    { resyncEnabled: false },
  );

  private nextOperand = () => {
    this.operators.push(this.CONSUME(t.BinaryOperator));
    this.operands.push(this.SUBRULE1(this.primary));
  };

  /** `.. operand (op operand)*` */
  private intervalEnd = (): ExpressionNode => {
    this.CONSUME(t.DotDot);
    const operandsBase = this.operands.length;
    const operatorsBase = this.operators.length;
    this.operands.push(this.SUBRULE2(this.primary));
    this.MANY1(this.nextIntervalOperand);
    return this.byPrecedence(operandsBase, operatorsBase);
  };

  private nextIntervalOperand = () => {
    this.operators.push(this.CONSUME1(t.BinaryOperator));
    this.operands.push(this.SUBRULE3(this.primary));
  };

  // Built once: Chevrotain's advice for OR with four or more alternatives.
  private primaryAlternatives: OrMethodOpts<ExpressionNode> | undefined;

  /** An operand: leading minus signs (a loop, so a long run cannot exhaust the stack), then a value. */
  private primary = this.RULE(
    'primary',
    (): ExpressionNode => {
      const signsBase = this.signs.length;
      if (this.RECORDING_PHASE || tokenMatcher(this.LA(1), t.Minus)) this.MANY(this.minusSign);
      const operand = this.OR(
        (this.primaryAlternatives ??= {
          DEF: [
            { ALT: () => this.numberLiteral(this.CONSUME(t.NumberLiteral), this.OPTION(this.optionalUnit)) },
            { ALT: () => this.stringLiteral(this.CONSUME(t.StringToken)) },
            { ALT: () => this.nameOrCall(this.CONSUME(t.Identifier), this.OPTION1(this.optionalCallArguments)) },
            { ALT: () => this.SUBRULE(this.list) },
            { ALT: () => this.SUBRULE(this.parenthesized) },
            { ALT: () => this.symbol(this.CONSUME(t.BiArrow)) },
            { ALT: () => this.symbol(this.CONSUME(t.Arrow)) },
          ],
          ERR_MSG: "a value (a number, string, name, list or '(')",
        }),
      );
      return this.signs.length === signsBase ? operand : this.negate(signsBase, operand);
    },
    { resyncEnabled: false },
  );

  private minusSign = () => {
    this.signs.push(this.CONSUME(t.Minus));
  };

  private optionalUnit = () => this.CONSUME(t.Unit);

  /** `(args)` after a name: a name followed by `(` is always a call, even with spaces between. */
  private optionalCallArguments = () => this.SUBRULE(this.callArguments);

  private callArguments = this.RULE(
    'callArguments',
    (): CallArguments => {
      const open = this.CONSUME(t.LParen);
      this.checkClosed(open);
      const argumentsBase = this.argumentStack.length;
      this.OPTION(this.argumentList);
      const close = this.CONSUME(t.RParen);
      return { open, args: takeAbove(this.argumentStack, argumentsBase), close };
    },
    { resyncEnabled: false },
  );

  private argumentList = () => {
    this.argumentStack.push(this.SUBRULE(this.argument));
    this.MANY(this.nextArgument);
  };

  private nextArgument = () => {
    this.CONSUME(t.Comma);
    this.argumentStack.push(this.SUBRULE1(this.argument));
  };

  private argument = this.RULE(
    'argument',
    (): Argument => {
      const valuesBase = this.valueStack.length;
      this.AT_LEAST_ONE(this.pushValue);
      const values = takeAbove(this.valueStack, valuesBase);
      if (this.RECORDING_PHASE) return undefined as never;
      return new ArgumentNode(this.lines, values[0]!.startOffset, values[values.length - 1]!.endOffset, values);
    },
    { resyncEnabled: false },
  );

  private list = this.RULE(
    'list',
    (): ExpressionNode => {
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
      return this.RECORDING_PHASE ? (undefined as never) : new ListNode(this.lines, open.startOffset, this.tokenEnd(close), items);
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
      const valuesBase = this.valueStack.length;
      this.AT_LEAST_ONE(this.pushValue);
      const values = takeAbove(this.valueStack, valuesBase);
      if (this.RECORDING_PHASE) return undefined as never;
      const start = label === undefined ? values[0]!.startOffset : label.startOffset;
      return new ListItemNode(this.lines, start, values[values.length - 1]!.endOffset, label && this.identifier(label), values);
    },
    { resyncEnabled: false },
  );

  private pushValue = () => {
    this.valueStack.push(this.SUBRULE(this.value));
  };

  private parenthesized = this.RULE(
    'parenthesized',
    (): ExpressionNode => {
      const open = this.CONSUME(t.LParen);
      this.checkClosed(open);
      const expression = this.SUBRULE(this.value);
      const close = this.CONSUME(t.RParen);
      return this.RECORDING_PHASE ? (undefined as never) : new ParenthesizedNode(this.lines, open.startOffset, this.tokenEnd(close), expression);
    },
    { resyncEnabled: false },
  );

  // Node builders. Rules call them directly (cheaper than ACTION closures), so each
  // returns a placeholder while Chevrotain records the grammar (RECORDING_PHASE).

  private numberLiteral(digits: IToken, unit: IToken | undefined): ExpressionNode {
    if (this.RECORDING_PHASE) return undefined as never;
    const suffix = unit === undefined ? undefined : new UnitNode(this.lines, unit.startOffset, unit.image);
    return new NumberNode(this.lines, digits.startOffset, this.tokenEnd(unit ?? digits), digits.image, suffix);
  }

  private stringLiteral(token: IToken): ExpressionNode {
    if (this.RECORDING_PHASE) return undefined as never;
    const terminated = token.tokenType === t.ClosedString;
    const body = token.image.slice(1, terminated ? -1 : undefined);
    return new StringNode(this.lines, token.startOffset, this.tokenEnd(token), body.replace(/\\(["\\])/g, '$1'), terminated);
  }

  private symbol(token: IToken): ExpressionNode {
    if (this.RECORDING_PHASE) return undefined as never;
    return new SymbolNode(this.lines, token.startOffset, token.image as '<->' | '->');
  }

  private nameOrCall(name: IToken, call: CallArguments | undefined): ExpressionNode {
    if (this.RECORDING_PHASE) return undefined as never;
    const callee = this.identifier(name);
    if (call === undefined) return callee;
    return new CallNode(this.lines, this.tokenEnd(call.close), callee, call.args, call.open.startOffset);
  }

  private identifier(token: IToken): IdentifierNode {
    return new IdentifierNode(this.lines, token.startOffset, token.image);
  }

  /**
   * Applies the precedence of `* /` over `+ -`, both left-associative, to the chain
   * `a op b op c …` on top of the work stacks, and pops it.
   */
  private byPrecedence(operandsBase: number, operatorsBase: number): ExpressionNode {
    const operands = this.operands;
    const operators = this.operators;
    const count = operators.length - operatorsBase;
    let result = operands[operandsBase]!;
    if (!this.RECORDING_PHASE && count > 0) {
      let sum: ExpressionNode | undefined;
      let sumOperator: IToken | undefined;
      let term = result;
      for (let i = 0; i < count; i++) {
        const operator = operators[operatorsBase + i]!;
        const next = operands[operandsBase + i + 1]!;
        if (operator.tokenType === t.Star || operator.tokenType === t.Slash) {
          term = this.binary(operator, term, next);
        } else {
          sum = sum === undefined ? term : this.binary(sumOperator!, sum, term);
          sumOperator = operator;
          term = next;
        }
      }
      result = sum === undefined ? term : this.binary(sumOperator!, sum, term);
    }
    while (operands.length > operandsBase) operands.pop();
    while (operators.length > operatorsBase) operators.pop();
    return result;
  }

  private binary(operator: IToken, left: ExpressionNode, right: ExpressionNode): ExpressionNode {
    return new BinaryNode(this.lines, operator.image as '+' | '-' | '*' | '/', left, right);
  }

  /** Applies the minus signs above `signsBase` on the sign stack to `operand`, and pops them. */
  private negate(signsBase: number, operand: ExpressionNode): ExpressionNode {
    const signs = this.signs;
    let result = operand;
    if (!this.RECORDING_PHASE) {
      for (let i = signs.length - 1; i >= signsBase; i--) result = new UnaryNode(this.lines, signs[i]!.startOffset, result);
    }
    while (signs.length > signsBase) signs.pop();
    return result;
  }

  private interval(from: ExpressionNode, to: ExpressionNode): ExpressionNode {
    if (this.RECORDING_PHASE) return undefined as never;
    return new IntervalNode(this.lines, from, to);
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
    return { reported: false, recovered: false, statement: undefined };
  }

  /** The owner in slot `depth` of the owner stack, created if the slot is empty. */
  private ownerAt(depth: number): Owner {
    return (this.owners[depth] ??= this.newOwner());
  }

  /** Who answers for junk after the innermost list's open statement: that statement, if there is one. */
  private ownerOfOpenStatement(): Owner | undefined {
    if (this.openOwner !== undefined || this.openStatement === undefined) return this.openOwner;
    return { reported: false, recovered: false, statement: this.openStatement };
  }

  /** Records a diagnostic unless its owner already has one. */
  private report(owner: Owner, code: OffsetError['code'], message: string, start: number, end: number): void {
    owner.recovered = true;
    if (owner.statement) owner.statement.recovered = true;
    if (owner.reported) return;
    owner.reported = true;
    this.found.push({ code, message, start, end });
  }

  /**
   * Moves Chevrotain's new errors to the owner in slot `depth` (each to a new owner without one).
   * Errors at invented closers repeat a TN104 already reported.
   */
  private harvest(depth: number | undefined): void {
    const errors = this.recorded;
    for (; this.harvested < errors.length; this.harvested++) {
      const error = errors[this.harvested]!;
      const target = depth === undefined ? this.newOwner() : this.ownerAt(depth);
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
    const owner = this.owners.length > 0 ? this.ownerAt(this.owners.length - 1) : this.newOwner();
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

/**
 * The items of `stack` above `base`, as an array of their own, popped. Not `splice`: V8 trims a
 * shared stack's backing store when `splice` or `length =` shortens it, so every statement then
 * grew it again from nothing (152 bytes each time).
 */
function takeAbove<T>(stack: T[], base: number): T[] {
  const taken = stack.length === base + 1 ? [stack[base]!] : stack.slice(base);
  while (stack.length > base) stack.pop();
  return taken;
}

// One parser for the process: building one costs far more than a parse (grammar recording
// and validation); `parseFile` resets it through `input`.
const parser = new TornetParser();

export function parseTokens(stream: TokenStream, lines: LineIndex): ParsedFile {
  return parser.parseFile(stream, lines);
}
