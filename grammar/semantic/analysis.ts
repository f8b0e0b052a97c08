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

export function here(analysis: Analysis, uri: string): Here {
  let place = analysis.places.get(uri);
  if (!place) analysis.places.set(uri, (place = { analysis, uri, diagnostics: analysis.diagnostics }));
  return place;
}
