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

export class SymbolTable {
  private readonly byName = new Map<string, Declaration[]>();
  readonly declarations: Declaration[] = [];

  /** Adds a declaration; returns the earlier one of the same kind and name if there is one. */
  declare(declaration: Omit<Declaration, 'references'>): Declaration | undefined {
    const existing = this.find(declaration.kind, declaration.name, declaration.container);
    if (existing) return existing;
    const { name, kind, uri, range, statementRange, container } = declaration;
    const entry: Declaration = container === undefined ? { name, kind, uri, range, statementRange, references: [] } : { name, kind, uri, range, statementRange, container, references: [] };
    this.declarations.push(entry);
    const list = this.byName.get(declaration.name);
    if (list) list.push(entry);
    else this.byName.set(declaration.name, [entry]);
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
