// The symbol table: every declared name with its kind, where it is declared and where it is
// used. The language server answers go-to-definition, references, rename and outline from it.

import type { Range } from '../syntax/ast';
import type { SymbolKind } from '../schema/types';
import type { Location } from './diagnostics';

export interface Declaration {
  readonly name: string;
  readonly kind: SymbolKind;
  readonly uri: string;
  /** Range of the name. */
  readonly range: Range;
  /** Range of the whole declaring statement (for outline and folding). */
  readonly statementRange: Range;
  /** Enclosing declaration, e.g. the experiment of a variant. */
  readonly container?: string;
  readonly references: Location[];
}

/**
 * A declaration whose ranges are computed when first read: a large file declares thousands of
 * names, and only language features and diagnostics read where. It keeps the name's node and
 * its statement instead, and makes its list of references when the first is added or the list
 * is read (most names, a relay's, are never referred to). Fields are assigned, not declared, for
 * the reason given in syntax/nodes.ts. JSON gets the fields of `Declaration`.
 */
class NodeDeclaration implements Declaration {
  declare readonly name: string;
  declare readonly kind: SymbolKind;
  declare readonly uri: string;
  declare readonly container?: string;
  declare private readonly nameNode: { readonly range: Range };
  declare private readonly statement: { readonly range: Range };
  declare private nameRange: Range | undefined;
  declare private wholeRange: Range | undefined;
  declare private uses: Location[] | undefined;
  /** The next declaration of the same name (variants of different experiments), in declaration order. */
  declare sameName: NodeDeclaration | undefined;
  constructor(
    name: string,
    kind: SymbolKind,
    uri: string,
    nameNode: { readonly range: Range },
    statement: { readonly range: Range },
    container: string | undefined,
  ) {
    this.name = name;
    this.kind = kind;
    this.uri = uri;
    if (container !== undefined) this.container = container;
    this.nameNode = nameNode;
    this.statement = statement;
    this.nameRange = undefined;
    this.wholeRange = undefined;
    this.uses = undefined;
    this.sameName = undefined;
  }

  get range(): Range {
    return (this.nameRange ??= this.nameNode.range);
  }

  get statementRange(): Range {
    return (this.wholeRange ??= this.statement.range);
  }

  get references(): Location[] {
    return (this.uses ??= []);
  }

  toJSON(): Declaration {
    const { name, kind, uri, range, statementRange, container, references } = this;
    return container === undefined ? { name, kind, uri, range, statementRange, references } : { name, kind, uri, range, statementRange, container, references };
  }
}

function matches(entry: Declaration, kind: SymbolKind, container: string | undefined): boolean {
  return entry.kind === kind && (container === undefined || entry.container === container);
}

export class SymbolTable {
  /** The first declaration of each name; the others follow it through `sameName`. */
  private readonly byName = new Map<string, NodeDeclaration>();
  readonly declarations: Declaration[] = [];

  /**
   * Adds the declaration of `name` by the node `nameNode` in `statement` (whose ranges are read
   * only when needed); returns the earlier one of the same kind and name if there is one.
   */
  declare(
    name: string,
    kind: SymbolKind,
    uri: string,
    nameNode: { readonly range: Range },
    statement: { readonly range: Range },
    container?: string,
  ): Declaration | undefined {
    let last: NodeDeclaration | undefined;
    for (let entry = this.byName.get(name); entry; entry = entry.sameName) {
      if (matches(entry, kind, container)) return entry;
      last = entry;
    }
    const entry = new NodeDeclaration(name, kind, uri, nameNode, statement, container);
    this.declarations.push(entry);
    if (last) last.sameName = entry;
    else this.byName.set(name, entry);
    return undefined;
  }

  find(kind: SymbolKind, name: string, container?: string): Declaration | undefined {
    for (let entry = this.byName.get(name); entry; entry = entry.sameName) {
      if (matches(entry, kind, container)) return entry;
    }
    return undefined;
  }

  /** Any declaration of this name, whatever its kind. */
  anyNamed(name: string): Declaration | undefined {
    return this.byName.get(name);
  }

  namesOf(kind: SymbolKind): string[] {
    return this.declarations.filter((entry) => entry.kind === kind).map((entry) => entry.name);
  }

  ofKind(kind: SymbolKind): Declaration[] {
    return this.declarations.filter((entry) => entry.kind === kind);
  }
}
