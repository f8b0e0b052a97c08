// The language definition as data. Every statement keyword valid in each context, its
// arguments, value kind, unit, default, valid range, documentation and source live here;
// the semantic pass interprets files with it, docs/language.md is generated from it, and
// the language server answers completion and hover from it.

import type { Dimension } from '../semantic/units';

/** Kinds of named things a file can declare and refer to. */
export type SymbolKind =
  | 'const'
  | 'loss-model'
  | 'location'
  | 'relays'
  | 'servers'
  | 'clients'
  | 'attack'
  | 'experiment'
  | 'variant';

/** Identifies a block context: which statements may appear inside `{ … }`. */
export type ContextId = string;

/** Plain JSON, the form of every default and every resolved value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Bounds of a numeric value, in normalised units (seconds, bytes, bits/s, fractions). */
export interface Bounds {
  readonly min?: number;
  /** True when `min` itself is not allowed. */
  readonly minExclusive?: boolean;
  readonly max?: number;
  readonly maxExclusive?: boolean;
}

export type ValueSpec =
  /** A number with a unit of the given dimension, or a plain number (`number`, `count`). */
  | {
      readonly kind: 'quantity';
      readonly dimension: Dimension | 'none';
      /** Whole numbers only. */
      readonly integer?: boolean;
      readonly bounds?: Bounds;
      /** Accepts a distribution (`uniform(1 s, 60 s)`); the model then always holds a distribution. */
      readonly distribution?: boolean;
      /** Accepts `none`, resolved to null. */
      readonly optional?: boolean;
    }
  /** `on`/`off`, `true`/`false`, `yes`/`no`; the keyword alone means on. */
  | { readonly kind: 'boolean' }
  /** One word from a fixed set; with `list`, several words (or `[a, b]`). */
  | { readonly kind: 'enum'; readonly values: Readonly<Record<string, string>>; readonly list?: boolean }
  /** The name of a declared thing; with `distribution`, also `choice(a, b)`. */
  | { readonly kind: 'reference'; readonly to: SymbolKind; readonly distribution?: boolean; readonly optional?: boolean }
  | { readonly kind: 'string' }
  /** A loss model: a declared name, `none`, a loss function, `model * factor`, `… max 3 %`. */
  | { readonly kind: 'loss-model' }
  /** `10 Mbit/s` (both ways) or `up 10 Mbit/s down 50 Mbit/s`. */
  | { readonly kind: 'access'; readonly optional?: boolean }
  /** A count N (seeds 1…N) or an explicit list `[1, 7, 42]`. */
  | { readonly kind: 'seeds' }
  /** Metric calls such as `ttfb(web) goodput`. */
  | { readonly kind: 'metrics' };

export interface Documented {
  /** One sentence: what it is. */
  readonly summary: string;
  /** Where it comes from: paper section, Tor spec, code constant, or "modelling choice". */
  readonly source: string;
  /** Which of the disagreeing sources the default follows, when they disagree. */
  readonly defaultNote?: string;
  readonly deprecated?: { readonly reason: string; readonly replacement?: string };
}

/** `duration 10 min`: a setting with one value. */
export interface PropertySpec extends Documented {
  readonly form: 'property';
  readonly keyword: string;
  readonly value: ValueSpec;
  /** Normalised default; `undefined` for a required setting. */
  readonly default: Json | undefined;
  /** A property whose value selects preset defaults for the other properties of its context. */
  readonly presets?: Readonly<Record<string, Readonly<Record<string, Json>>>>;
}

/** `socket-scheduler kist { interval 10 ms }`: a choice of mechanism, each with its own settings. */
export interface MechanismSpec extends Documented {
  readonly form: 'mechanism';
  readonly keyword: string;
  readonly options: Readonly<Record<string, MechanismOption>>;
  readonly default: string;
}

export interface MechanismOption extends Documented {
  /** The `type` written into the model (aliases share one). */
  readonly type: string;
  /** Settings allowed in the option's block, if it has any. */
  readonly context?: ContextId;
  /** Defaults of this option that differ from its context's. */
  readonly presets?: Readonly<Record<string, Json>>;
}

/** `path-selection { … }`: a group of settings. */
export interface SectionSpec extends Documented {
  readonly form: 'section';
  readonly keyword: string;
  readonly context: ContextId;
}

/**
 * A statement the semantic pass handles specially: declarations, links, includes,
 * experiment statements. `syntax` is shown in documentation and completion.
 */
export interface SpecialSpec extends Documented {
  readonly form: 'special';
  readonly keyword: string;
  readonly syntax: string;
  /** What it declares, if anything. */
  readonly declares?: SymbolKind;
  /** Block context, if it takes a block. */
  readonly context?: ContextId;
  readonly repeatable: true;
}

export type StatementSpec = PropertySpec | MechanismSpec | SectionSpec | SpecialSpec;

export interface ContextSpec {
  readonly id: ContextId;
  /** How the context is opened, e.g. `relays NAME x N { … }`. */
  readonly title: string;
  readonly summary: string;
  readonly statements: StatementSpec[];
}

/** A function usable in values: distributions, loss models, metrics. */
export interface FunctionSpec extends Documented {
  readonly name: string;
  readonly category: 'distribution' | 'loss' | 'metric';
  readonly params: FunctionParam[];
  /** Metrics: the kinds of group `NAME(GROUP)` may name; default client groups only. */
  readonly groups?: readonly ('clients' | 'relays')[];
}

export interface FunctionParam {
  readonly name: string;
  readonly summary: string;
  /** May be written without its name, in this order. */
  readonly positional: boolean;
  /** `value`: the dimension of the value being described; otherwise fixed. */
  readonly dimension: Dimension | 'none' | 'value';
  readonly bounds?: Bounds;
  readonly default?: number;
}
