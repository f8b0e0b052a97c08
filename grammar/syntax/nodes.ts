// The syntax-tree nodes of ast.ts as the parser builds them. A node stores the UTF-16 offsets
// of its span; its `range` (line and character, as editors want them) is computed on demand
// from the document's LineIndex. A parse builds one node per value, but positions are wanted
// only for the few nodes a diagnostic, a hover or an outline looks at: building them eagerly
// (a range and two positions per node) made garbage collection a third of the parse time.
import type * as ast from './ast';
import type { LineIndex } from './line-index';

// Fields are assigned in constructors, not declared as class fields: V8 (Node 20) initialises
// class fields several times slower than plain assignments, and a parse builds ~100,000 nodes.
// No base class either: tsx (tests) renames every class for stack traces, and constructing a
// subclass of a renamed class is several times slower. The line index sits under a symbol so
// that JSON and Object.entries show only the tree.
//
// Without pointer compression every field costs 8 bytes on each of ~100,000 nodes, and the
// young generation copies the tree while it is built: what a node can derive (its kind, the
// end of a one-token node) is not stored on it.
const LINES = Symbol('lines');

/**
 * Puts what every node of a class shares (its `kind`), or what most have, on the class's
 * prototype; a node that differs gets its own. Not enumerable, like the `range` getters: JSON
 * and Object.keys show a node's own fields only.
 */
function shared<T, K extends keyof T>(nodeClass: { prototype: T }, key: K, value: T[K]): void {
  Object.defineProperty(nodeClass.prototype, key, { value, writable: true });
}

/** What every node class has: its span, and the line index its range is computed with. */
interface Located {
  readonly [LINES]: LineIndex;
  /** Offset of the node's first character. */
  readonly startOffset: number;
  /** Offset just past the node's last character (a getter on one-token nodes; set on an assignment as it grows). */
  endOffset: number;
}

function rangeOf(node: Located, start = node.startOffset, end = node.endOffset): ast.Range {
  return node[LINES].range(start, end);
}

export class SourceFileNode implements ast.SourceFile {
  declare readonly [LINES]: LineIndex;
  declare readonly startOffset: number;
  declare endOffset: number;
  declare readonly kind: 'file';
  declare readonly statements: ast.Statement[];
  declare readonly comments: ast.Comment[];
  constructor(lines: LineIndex, length: number, statements: ast.Statement[], comments: ast.Comment[]) {
    this[LINES] = lines;
    this.startOffset = 0;
    this.endOffset = length;
    this.statements = statements;
    this.comments = comments;
  }

  get range(): ast.Range {
    return rangeOf(this);
  }
}
shared(SourceFileNode, 'kind', 'file');

export class CommentNode implements ast.Comment {
  declare readonly [LINES]: LineIndex;
  declare readonly startOffset: number;
  declare endOffset: number;
  declare readonly kind: 'comment';
  declare readonly text: string;
  constructor(lines: LineIndex, start: number, text: string) {
    this[LINES] = lines;
    this.startOffset = start;
    this.endOffset = start + text.length;
    this.text = text;
  }

  get range(): ast.Range {
    return rangeOf(this);
  }
}
shared(CommentNode, 'kind', 'comment');

export class StatementNode implements ast.Statement {
  declare readonly [LINES]: LineIndex;
  declare readonly startOffset: number;
  declare endOffset: number;
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
    this[LINES] = lines;
    this.startOffset = start;
    this.endOffset = end;
    this.keyword = keyword;
    this.args = args;
    // Rare: the prototype's defaults stand for most statements.
    if (assignment !== undefined) this.assignment = assignment;
    this.block = block;
    if (recovered) this.recovered = true;
  }

  get range(): ast.Range {
    return rangeOf(this);
  }
}
shared(StatementNode, 'kind', 'statement');
shared(StatementNode, 'assignment', undefined);
shared(StatementNode, 'recovered', false);

/** Starts at its `=`; its end moves as the values after the `=` parse. */
export class AssignmentNode implements ast.Assignment {
  declare readonly [LINES]: LineIndex;
  declare readonly startOffset: number;
  declare endOffset: number;
  declare readonly kind: 'assignment';
  declare readonly values: ast.Expression[];
  constructor(lines: LineIndex, operatorOffset: number) {
    this[LINES] = lines;
    this.startOffset = operatorOffset;
    this.endOffset = operatorOffset + 1;
    this.values = [];
  }

  get operator(): ast.Range {
    return rangeOf(this, this.startOffset, this.startOffset + 1);
  }

  get range(): ast.Range {
    return rangeOf(this);
  }
}
shared(AssignmentNode, 'kind', 'assignment');

/** Starts at its `{` and ends after its `}` (or where the file ended, when `closed` is false). */
export class BlockNode implements ast.Block {
  declare readonly [LINES]: LineIndex;
  declare readonly startOffset: number;
  declare endOffset: number;
  declare readonly kind: 'block';
  declare readonly statements: ast.Statement[];
  declare private readonly closed: boolean;
  constructor(lines: LineIndex, start: number, end: number, statements: ast.Statement[], closed: boolean) {
    this[LINES] = lines;
    this.startOffset = start;
    this.endOffset = end;
    this.statements = statements;
    this.closed = closed;
  }

  get open(): ast.Range {
    return rangeOf(this, this.startOffset, this.startOffset + 1);
  }

  get close(): ast.Range | undefined {
    return this.closed ? rangeOf(this, this.endOffset - 1, this.endOffset) : undefined;
  }

  get range(): ast.Range {
    return rangeOf(this);
  }
}
shared(BlockNode, 'kind', 'block');

export class NumberNode implements ast.NumberLiteral {
  declare readonly [LINES]: LineIndex;
  declare readonly startOffset: number;
  declare endOffset: number;
  declare readonly kind: 'number';
  declare readonly value: number;
  declare readonly text: string;
  declare readonly unit: ast.UnitSuffix | undefined;
  constructor(lines: LineIndex, start: number, end: number, text: string, unit: ast.UnitSuffix | undefined) {
    this[LINES] = lines;
    this.startOffset = start;
    this.endOffset = end;
    this.value = Number(text);
    this.text = text;
    this.unit = unit;
  }

  get range(): ast.Range {
    return rangeOf(this);
  }
}
shared(NumberNode, 'kind', 'number');

export class UnitNode implements ast.UnitSuffix {
  declare readonly [LINES]: LineIndex;
  declare readonly startOffset: number;
  declare readonly kind: 'unit';
  declare readonly text: string;
  constructor(lines: LineIndex, start: number, text: string) {
    this[LINES] = lines;
    this.startOffset = start;
    this.text = text;
  }

  get endOffset(): number {
    return this.startOffset + this.text.length;
  }

  get range(): ast.Range {
    return rangeOf(this);
  }
}
shared(UnitNode, 'kind', 'unit');

export class StringNode implements ast.StringLiteral {
  declare readonly [LINES]: LineIndex;
  declare readonly startOffset: number;
  declare endOffset: number;
  declare readonly kind: 'string';
  declare readonly value: string;
  declare readonly terminated: boolean;
  constructor(lines: LineIndex, start: number, end: number, value: string, terminated: boolean) {
    this[LINES] = lines;
    this.startOffset = start;
    this.endOffset = end;
    this.value = value;
    this.terminated = terminated;
  }

  get range(): ast.Range {
    return rangeOf(this);
  }
}
shared(StringNode, 'kind', 'string');

export class IdentifierNode implements ast.Identifier {
  declare readonly [LINES]: LineIndex;
  declare readonly startOffset: number;
  declare readonly kind: 'identifier';
  declare readonly name: string;
  constructor(lines: LineIndex, start: number, name: string) {
    this[LINES] = lines;
    this.startOffset = start;
    this.name = name;
  }

  /** Computed when read: most names have one part, and few are ever split. */
  get parts(): readonly string[] {
    const name = this.name;
    return name.indexOf('.') < 0 ? [name] : name.split('.');
  }

  get endOffset(): number {
    return this.startOffset + this.name.length;
  }

  get range(): ast.Range {
    return rangeOf(this);
  }
}
shared(IdentifierNode, 'kind', 'identifier');

export class SymbolNode implements ast.SymbolToken {
  declare readonly [LINES]: LineIndex;
  declare readonly startOffset: number;
  declare readonly kind: 'symbol';
  declare readonly text: '<->' | '->';
  constructor(lines: LineIndex, start: number, text: '<->' | '->') {
    this[LINES] = lines;
    this.startOffset = start;
    this.text = text;
  }

  get endOffset(): number {
    return this.startOffset + this.text.length;
  }

  get range(): ast.Range {
    return rangeOf(this);
  }
}
shared(SymbolNode, 'kind', 'symbol');

export class CallNode implements ast.Call {
  declare readonly [LINES]: LineIndex;
  declare readonly startOffset: number;
  declare endOffset: number;
  declare readonly kind: 'call';
  declare readonly callee: ast.Identifier;
  declare readonly args: ast.Argument[];
  declare private readonly argsStart: number;
  constructor(lines: LineIndex, end: number, callee: IdentifierNode, args: ast.Argument[], argsStart: number) {
    this[LINES] = lines;
    this.startOffset = callee.startOffset;
    this.endOffset = end;
    this.callee = callee;
    this.args = args;
    this.argsStart = argsStart;
  }

  get argsRange(): ast.Range {
    return rangeOf(this, this.argsStart, this.endOffset);
  }

  get range(): ast.Range {
    return rangeOf(this);
  }
}
shared(CallNode, 'kind', 'call');

export class ArgumentNode implements ast.Argument {
  declare readonly [LINES]: LineIndex;
  declare readonly startOffset: number;
  declare endOffset: number;
  declare readonly kind: 'argument';
  declare readonly values: ast.Expression[];
  constructor(lines: LineIndex, start: number, end: number, values: ast.Expression[]) {
    this[LINES] = lines;
    this.startOffset = start;
    this.endOffset = end;
    this.values = values;
  }

  get range(): ast.Range {
    return rangeOf(this);
  }
}
shared(ArgumentNode, 'kind', 'argument');

export class ListNode implements ast.List {
  declare readonly [LINES]: LineIndex;
  declare readonly startOffset: number;
  declare endOffset: number;
  declare readonly kind: 'list';
  declare readonly items: ast.ListItem[];
  constructor(lines: LineIndex, start: number, end: number, items: ast.ListItem[]) {
    this[LINES] = lines;
    this.startOffset = start;
    this.endOffset = end;
    this.items = items;
  }

  get range(): ast.Range {
    return rangeOf(this);
  }
}
shared(ListNode, 'kind', 'list');

export class ListItemNode implements ast.ListItem {
  declare readonly [LINES]: LineIndex;
  declare readonly startOffset: number;
  declare endOffset: number;
  declare readonly kind: 'list-item';
  declare readonly label: ast.Identifier | undefined;
  declare readonly values: ast.Expression[];
  constructor(lines: LineIndex, start: number, end: number, label: ast.Identifier | undefined, values: ast.Expression[]) {
    this[LINES] = lines;
    this.startOffset = start;
    this.endOffset = end;
    this.label = label;
    this.values = values;
  }

  get range(): ast.Range {
    return rangeOf(this);
  }
}
shared(ListItemNode, 'kind', 'list-item');

export class BinaryNode implements ast.Binary {
  declare readonly [LINES]: LineIndex;
  declare readonly startOffset: number;
  declare endOffset: number;
  declare readonly kind: 'binary';
  declare readonly operator: '+' | '-' | '*' | '/';
  declare readonly left: ast.Expression;
  declare readonly right: ast.Expression;
  constructor(lines: LineIndex, operator: '+' | '-' | '*' | '/', left: ExpressionNode, right: ExpressionNode) {
    this[LINES] = lines;
    this.startOffset = left.startOffset;
    this.endOffset = right.endOffset;
    this.operator = operator;
    this.left = left;
    this.right = right;
  }

  get range(): ast.Range {
    return rangeOf(this);
  }
}
shared(BinaryNode, 'kind', 'binary');

export class UnaryNode implements ast.Unary {
  declare readonly [LINES]: LineIndex;
  declare readonly startOffset: number;
  declare endOffset: number;
  declare readonly kind: 'unary';
  declare readonly operator: '-';
  declare readonly operand: ast.Expression;
  constructor(lines: LineIndex, start: number, operand: ExpressionNode) {
    this[LINES] = lines;
    this.startOffset = start;
    this.endOffset = operand.endOffset;
    this.operand = operand;
  }

  get range(): ast.Range {
    return rangeOf(this);
  }
}
shared(UnaryNode, 'kind', 'unary');
shared(UnaryNode, 'operator', '-');

export class IntervalNode implements ast.Interval {
  declare readonly [LINES]: LineIndex;
  declare readonly startOffset: number;
  declare endOffset: number;
  declare readonly kind: 'interval';
  declare readonly from: ast.Expression;
  declare readonly to: ast.Expression;
  constructor(lines: LineIndex, from: ExpressionNode, to: ExpressionNode) {
    this[LINES] = lines;
    this.startOffset = from.startOffset;
    this.endOffset = to.endOffset;
    this.from = from;
    this.to = to;
  }

  get range(): ast.Range {
    return rangeOf(this);
  }
}
shared(IntervalNode, 'kind', 'interval');

export class ParenthesizedNode implements ast.Parenthesized {
  declare readonly [LINES]: LineIndex;
  declare readonly startOffset: number;
  declare endOffset: number;
  declare readonly kind: 'parenthesized';
  declare readonly expression: ast.Expression;
  constructor(lines: LineIndex, start: number, end: number, expression: ExpressionNode) {
    this[LINES] = lines;
    this.startOffset = start;
    this.endOffset = end;
    this.expression = expression;
  }

  get range(): ast.Range {
    return rangeOf(this);
  }
}
shared(ParenthesizedNode, 'kind', 'parenthesized');

/** An expression as the parser builds it: with its offsets. */
export type ExpressionNode = ast.Expression & Located;
