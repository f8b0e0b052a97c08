// The syntax-tree nodes of ast.ts as the parser builds them. A node stores the UTF-16 offsets
// of its span; its `range` (line and character, as editors want them) is computed on demand
// from the document's LineIndex. A parse builds one node per value, but positions are wanted
// only for the few nodes a diagnostic, a hover or an outline looks at: building them eagerly
// (a range and two positions per node) made garbage collection a third of the parse time.
import type * as ast from './ast';
import type { LineIndex } from './line-index';

// Fields are assigned in constructors, not declared as class fields: V8 (Node 20) initialises
// class fields several times slower than plain assignments, and a parse builds ~100,000 nodes.
// The line index sits under a symbol so that JSON and Object.entries show only the tree.
const LINES = Symbol('lines');

abstract class Node {
  declare private readonly [LINES]: LineIndex;
  /** Offset of the node's first character. */
  declare readonly startOffset: number;
  /** Offset just past the node's last character. */
  declare endOffset: number;

  constructor(lines: LineIndex, startOffset: number, endOffset: number) {
    this[LINES] = lines;
    this.startOffset = startOffset;
    this.endOffset = endOffset;
  }

  get range(): ast.Range {
    return this[LINES].range(this.startOffset, this.endOffset);
  }

  protected rangeOf(start: number, end: number): ast.Range {
    return this[LINES].range(start, end);
  }
}

export class SourceFileNode extends Node implements ast.SourceFile {
  declare readonly kind: 'file';
  declare readonly statements: ast.Statement[];
  declare readonly comments: ast.Comment[];
  constructor(lines: LineIndex, length: number, statements: ast.Statement[], comments: ast.Comment[]) {
    super(lines, 0, length);
    this.kind = 'file';
    this.statements = statements;
    this.comments = comments;
  }
}

export class CommentNode extends Node implements ast.Comment {
  declare readonly kind: 'comment';
  declare readonly text: string;
  constructor(lines: LineIndex, start: number, text: string) {
    super(lines, start, start + text.length);
    this.kind = 'comment';
    this.text = text;
  }
}

export class StatementNode extends Node implements ast.Statement {
  declare readonly kind: 'statement';
  declare readonly keyword: ast.Identifier;
  declare readonly args: ast.Expression[];
  declare readonly assignment: ast.Assignment | undefined;
  declare readonly block: ast.Block | undefined;
  declare recovered: boolean;
  constructor(
    lines: LineIndex,
    start: number,
    end: number,
    keyword: ast.Identifier,
    args: ast.Expression[],
    assignment: ast.Assignment | undefined,
    block: ast.Block | undefined,
    recovered: boolean,
  ) {
    super(lines, start, end);
    this.kind = 'statement';
    this.keyword = keyword;
    this.args = args;
    this.assignment = assignment;
    this.block = block;
    this.recovered = recovered;
  }
}

/** Starts at its `=`; its end moves as the values after the `=` parse. */
export class AssignmentNode extends Node implements ast.Assignment {
  declare readonly kind: 'assignment';
  declare readonly values: ast.Expression[];
  constructor(lines: LineIndex, operatorOffset: number) {
    super(lines, operatorOffset, operatorOffset + 1);
    this.kind = 'assignment';
    this.values = [];
  }

  get operator(): ast.Range {
    return this.rangeOf(this.startOffset, this.startOffset + 1);
  }
}

/** Starts at its `{` and ends after its `}` (or where the file ended, when `closed` is false). */
export class BlockNode extends Node implements ast.Block {
  declare readonly kind: 'block';
  declare readonly statements: ast.Statement[];
  declare private readonly closed: boolean;
  constructor(lines: LineIndex, start: number, end: number, statements: ast.Statement[], closed: boolean) {
    super(lines, start, end);
    this.kind = 'block';
    this.statements = statements;
    this.closed = closed;
  }

  get open(): ast.Range {
    return this.rangeOf(this.startOffset, this.startOffset + 1);
  }

  get close(): ast.Range | undefined {
    return this.closed ? this.rangeOf(this.endOffset - 1, this.endOffset) : undefined;
  }
}

export class NumberNode extends Node implements ast.NumberLiteral {
  declare readonly kind: 'number';
  declare readonly value: number;
  declare readonly text: string;
  declare readonly unit: ast.UnitSuffix | undefined;
  constructor(lines: LineIndex, start: number, end: number, text: string, unit: ast.UnitSuffix | undefined) {
    super(lines, start, end);
    this.kind = 'number';
    this.value = Number(text);
    this.text = text;
    this.unit = unit;
  }
}

export class UnitNode extends Node implements ast.UnitSuffix {
  declare readonly kind: 'unit';
  declare readonly text: string;
  constructor(lines: LineIndex, start: number, text: string) {
    super(lines, start, start + text.length);
    this.kind = 'unit';
    this.text = text;
  }
}

export class StringNode extends Node implements ast.StringLiteral {
  declare readonly kind: 'string';
  declare readonly value: string;
  declare readonly terminated: boolean;
  constructor(lines: LineIndex, start: number, end: number, value: string, terminated: boolean) {
    super(lines, start, end);
    this.kind = 'string';
    this.value = value;
    this.terminated = terminated;
  }
}

export class IdentifierNode extends Node implements ast.Identifier {
  declare readonly kind: 'identifier';
  declare readonly name: string;
  constructor(lines: LineIndex, start: number, name: string) {
    super(lines, start, start + name.length);
    this.kind = 'identifier';
    this.name = name;
  }

  /** Computed when read: most names have one part, and few are ever split. */
  get parts(): readonly string[] {
    const name = this.name;
    return name.indexOf('.') < 0 ? [name] : name.split('.');
  }
}

export class SymbolNode extends Node implements ast.SymbolToken {
  declare readonly kind: 'symbol';
  declare readonly text: '<->' | '->';
  constructor(lines: LineIndex, start: number, text: '<->' | '->') {
    super(lines, start, start + text.length);
    this.kind = 'symbol';
    this.text = text;
  }
}

export class CallNode extends Node implements ast.Call {
  declare readonly kind: 'call';
  declare readonly callee: ast.Identifier;
  declare readonly args: ast.Argument[];
  declare private readonly argsStart: number;
  constructor(lines: LineIndex, end: number, callee: IdentifierNode, args: ast.Argument[], argsStart: number) {
    super(lines, callee.startOffset, end);
    this.kind = 'call';
    this.callee = callee;
    this.args = args;
    this.argsStart = argsStart;
  }

  get argsRange(): ast.Range {
    return this.rangeOf(this.argsStart, this.endOffset);
  }
}

export class ArgumentNode extends Node implements ast.Argument {
  declare readonly kind: 'argument';
  declare readonly values: ast.Expression[];
  constructor(lines: LineIndex, start: number, end: number, values: ast.Expression[]) {
    super(lines, start, end);
    this.kind = 'argument';
    this.values = values;
  }
}

export class ListNode extends Node implements ast.List {
  declare readonly kind: 'list';
  declare readonly items: ast.ListItem[];
  constructor(lines: LineIndex, start: number, end: number, items: ast.ListItem[]) {
    super(lines, start, end);
    this.kind = 'list';
    this.items = items;
  }
}

export class ListItemNode extends Node implements ast.ListItem {
  declare readonly kind: 'list-item';
  declare readonly label: ast.Identifier | undefined;
  declare readonly values: ast.Expression[];
  constructor(lines: LineIndex, start: number, end: number, label: ast.Identifier | undefined, values: ast.Expression[]) {
    super(lines, start, end);
    this.kind = 'list-item';
    this.label = label;
    this.values = values;
  }
}

export class BinaryNode extends Node implements ast.Binary {
  declare readonly kind: 'binary';
  declare readonly operator: '+' | '-' | '*' | '/';
  declare readonly left: ast.Expression;
  declare readonly right: ast.Expression;
  constructor(lines: LineIndex, operator: '+' | '-' | '*' | '/', left: ExpressionNode, right: ExpressionNode) {
    super(lines, left.startOffset, right.endOffset);
    this.kind = 'binary';
    this.operator = operator;
    this.left = left;
    this.right = right;
  }
}

export class UnaryNode extends Node implements ast.Unary {
  declare readonly kind: 'unary';
  declare readonly operator: '-';
  declare readonly operand: ast.Expression;
  constructor(lines: LineIndex, start: number, operand: ExpressionNode) {
    super(lines, start, operand.endOffset);
    this.kind = 'unary';
    this.operator = '-';
    this.operand = operand;
  }
}

export class IntervalNode extends Node implements ast.Interval {
  declare readonly kind: 'interval';
  declare readonly from: ast.Expression;
  declare readonly to: ast.Expression;
  constructor(lines: LineIndex, from: ExpressionNode, to: ExpressionNode) {
    super(lines, from.startOffset, to.endOffset);
    this.kind = 'interval';
    this.from = from;
    this.to = to;
  }
}

export class ParenthesizedNode extends Node implements ast.Parenthesized {
  declare readonly kind: 'parenthesized';
  declare readonly expression: ast.Expression;
  constructor(lines: LineIndex, start: number, end: number, expression: ExpressionNode) {
    super(lines, start, end);
    this.kind = 'parenthesized';
    this.expression = expression;
  }
}

/** An expression as the parser builds it: with its offsets. */
export type ExpressionNode = ast.Expression & Node;
