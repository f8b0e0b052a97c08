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

/** What declares a name: the name's node and its statement, whose ranges are read only when needed. */
export interface Declared {
  readonly name: string;
  readonly kind: SymbolKind;
  readonly uri: string;
  readonly nameNode: { readonly range: Range };
  readonly statement: { readonly range: Range };
  readonly container?: string;
}

/**
 * A declaration whose ranges are computed when first read: a large file declares thousands of
 * names, and only language features and diagnostics read where. Fields are assigned, not
 * declared, for the reason given in syntax/nodes.ts. JSON gets the fields of `Declaration`.
 */
class NodeDeclaration implements Declaration {
  declare readonly name: string;
  declare readonly kind: SymbolKind;
  declare readonly uri: string;
  declare readonly container?: string;
  declare readonly references: Location[];
  declare private readonly declared: Declared;
  declare private nameRange: Range | undefined;
  declare private wholeRange: Range | undefined;
  constructor(declared: Declared) {
    this.name = declared.name;
    this.kind = declared.kind;
    this.uri = declared.uri;
    if (declared.container !== undefined) this.container = declared.container;
    this.references = [];
    this.declared = declared;
    this.nameRange = undefined;
    this.wholeRange = undefined;
  }

  get range(): Range {
    return (this.nameRange ??= this.declared.nameNode.range);
  }

  get statementRange(): Range {
    return (this.wholeRange ??= this.declared.statement.range);
  }

  toJSON(): Declaration {
    const { name, kind, uri, range, statementRange, container, references } = this;
    return container === undefined ? { name, kind, uri, range, statementRange, references } : { name, kind, uri, range, statementRange, container, references };
  }
}

export class SymbolTable {
  private readonly byName = new Map<string, Declaration[]>();
  readonly declarations: Declaration[] = [];

  /** Adds a declaration; returns the earlier one of the same kind and name if there is one. */
  declare(declared: Declared): Declaration | undefined {
    const existing = this.find(declared.kind, declared.name, declared.container);
    if (existing) return existing;
    const entry = new NodeDeclaration(declared);
    this.declarations.push(entry);
    const list = this.byName.get(declared.name);
    if (list) list.push(entry);
    else this.byName.set(declared.name, [entry]);
    return undefined;
  }

  find(kind: SymbolKind, name: string, container?: string): Declaration | undefined {
    return this.byName.get(name)?.find((entry) => entry.kind === kind && (container === undefined || entry.container === container));
  }

  /** Any declaration of this name, whatever its kind. */
  anyNamed(name: string): Declaration | undefined {
    return this.byName.get(name)?.[0];
  }

  namesOf(kind: SymbolKind): string[] {
    return this.declarations.filter((entry) => entry.kind === kind).map((entry) => entry.name);
  }

  ofKind(kind: SymbolKind): Declaration[] {
    return this.declarations.filter((entry) => entry.kind === kind);
  }
}
