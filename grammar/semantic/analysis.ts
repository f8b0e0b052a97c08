// Shared state of one analysis: diagnostics, symbols, and the declarations of constants and
// loss models, which are evaluated lazily where they are used. `Here` is that state plus the
// file being read, passed to every interpreting function (no global mutable state).

import type { Expression, Range } from '../syntax/ast';
import type { LossModel } from '../model/scenario';
import type { Diagnostics, Location } from './diagnostics';
import type { SymbolTable } from './symbols';

export interface Definition {
  readonly uri: string;
  readonly values: Expression[];
  readonly range: Range;
}

export class Analysis {
  readonly constants = new Map<string, Definition>();
  readonly lossModels = new Map<string, Definition>();
  /** Resolved loss models by name; null when the declaration is invalid. */
  readonly resolvedLoss = new Map<string, LossModel | null>();
  /** Loss models being resolved (cycle guard). */
  readonly resolvingLoss = new Set<string>();
  /** Names of constants being evaluated, innermost last (cycle guard). */
  readonly evaluating: string[] = [];
  /** One `Here` per file, shared by its statements. */
  readonly places = new Map<string, Here>();
  /** The `Here` asked for last: consecutive statements mostly come from the same file. */
  lastPlace: Here | undefined = undefined;

  constructor(
    readonly diagnostics: Diagnostics,
    readonly symbols: SymbolTable,
  ) {}
}

export interface Here {
  readonly analysis: Analysis;
  readonly uri: string;
  /** Where diagnostics go; a statement the parser already reported writes to a discarded sink. */
  readonly diagnostics: Diagnostics;
}

export function at(here: Here, range: Range): Location {
  return { uri: here.uri, range };
}

/**
 * The location of a node, its range computed when first read: only diagnostics and
 * language features read it, and a large file declares thousands of groups. Fields are
 * assigned, not declared, for the reason given in syntax/nodes.ts. Not for spreading (the
 * range is not an own property); JSON (the language server's messages) gets both fields.
 */
class NodeLocation implements Location {
  declare readonly uri: string;
  declare private readonly node: { readonly range: Range };
  declare private computed: Range | undefined;
  constructor(uri: string, node: { readonly range: Range }) {
    this.uri = uri;
    this.node = node;
    this.computed = undefined;
  }

  get range(): Range {
    return (this.computed ??= this.node.range);
  }

  toJSON(): Location {
    return { uri: this.uri, range: this.range };
  }
}

/** `at(here, node.range)`, the range computed when first read. */
export function lazyAt(here: Here, node: { readonly range: Range }): Location {
  return new NodeLocation(here.uri, node);
}

export function here(analysis: Analysis, uri: string): Here {
  const last = analysis.lastPlace;
  if (last !== undefined && last.uri === uri) return last;
  let place = analysis.places.get(uri);
  if (!place) analysis.places.set(uri, (place = { analysis, uri, diagnostics: analysis.diagnostics }));
  analysis.lastPlace = place;
  return place;
}
