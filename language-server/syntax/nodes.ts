// Generic navigation of the grammar's syntax tree: the children of any node, and the
// chain of nodes that contain an offset. Features query the tree through these.

import type { Argument, Assignment, Block, Expression, ListItem, SourceFile, Statement, UnitSuffix } from '../../grammar';

export type Node = SourceFile | Statement | Assignment | Block | Expression | Argument | ListItem | UnitSuffix;

export function children(node: Node): Node[] {
  switch (node.kind) {
    case 'file':
      return node.statements;
    case 'statement':
      return [node.keyword, ...node.args, ...(node.assignment ? [node.assignment] : []), ...(node.block ? [node.block] : [])];
    case 'assignment':
      return node.values;
    case 'block':
      return node.statements;
    case 'number':
      return node.unit ? [node.unit] : [];
    case 'call':
      return [node.callee, ...node.args];
    case 'argument':
      return node.values;
    case 'list':
      return node.items;
    case 'list-item':
      return [...(node.label ? [node.label] : []), ...node.values];
    case 'binary':
      return [node.left, node.right];
    case 'unary':
      return [node.operand];
    case 'interval':
      return [node.from, node.to];
    case 'parenthesized':
      return [node.expression];
    case 'string':
    case 'identifier':
    case 'symbol':
    case 'unit':
      return [];
  }
}

/** True when `offset` lies in the node's range; `touching` also accepts its end (a cursor just after a word). */
export function contains(node: { range: { start: { offset: number }; end: { offset: number } } }, offset: number, touching = true): boolean {
  return node.range.start.offset <= offset && (offset < node.range.end.offset || (touching && offset === node.range.end.offset));
}

/** The nodes containing `offset`, outermost (the file) first. */
export function pathAt(file: SourceFile, offset: number, touching = true): Node[] {
  const path: Node[] = [file];
  let current: Node = file;
  for (;;) {
    const next: Node | undefined = children(current).find((child) => contains(child, offset, touching));
    if (!next) return path;
    path.push(next);
    current = next;
  }
}

/** The statements containing `offset`, outermost first. */
export function statementsAt(file: SourceFile, offset: number, touching = true): Statement[] {
  return pathAt(file, offset, touching).filter((node): node is Statement => node.kind === 'statement');
}

/** Every statement of the file, depth first, with the statements enclosing it. */
export function forEachStatement(file: SourceFile, visit: (statement: Statement, parents: readonly Statement[]) => void): void {
  const walk = (statements: readonly Statement[], parents: Statement[]): void => {
    for (const statement of statements) {
      visit(statement, parents);
      if (statement.block) walk(statement.block.statements, [...parents, statement]);
    }
  };
  walk(file.statements, []);
}

/** Every node of the tree, depth first. */
export function forEachNode(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of children(node)) forEachNode(child, visit);
}
