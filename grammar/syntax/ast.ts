// The syntax tree of a `.tornet` file. The parser produces it; the semantic pass
// (grammar/semantic/) interprets it against the language schema. The syntax is
// deliberately uniform — every line is `keyword value… [= value…] [{ block }]` — so
// that one small parser, one formatter and one outline serve every construct, and
// all knowledge of what a keyword means lives in the schema (grammar/schema/).
//
// Ranges of parsed nodes are computed when read (nodes.ts): read a node's `range` once and
// keep it rather than reading it in a loop.
import type { LineIndex } from './line-index';

/** A point in a document. `line` and `character` are 0-based, as in LSP; `offset` counts UTF-16 units. */
export interface Position {
  readonly offset: number;
  readonly line: number;
  readonly character: number;
}

/** A half-open span [start, end) of a document. */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export interface SourceFile {
  readonly kind: 'file';
  readonly statements: Statement[];
  readonly comments: Comment[];
  readonly range: Range;
}

export interface Comment {
  readonly kind: 'comment';
  readonly text: string;
  readonly range: Range;
}

/**
 * One line of the language: `relays guard x 15 { … }`, `duration 10 min`,
 * `loss high = kist-normal * 2 max 3 %`, `include "common.tornet"`.
 */
export interface Statement {
  readonly kind: 'statement';
  /** The first word of the line: what the statement is (`relays`, `duration`, …). */
  readonly keyword: Identifier;
  /** Values written after the keyword, before any `=` or block. */
  readonly args: Expression[];
  /** Values written after `=`, when the statement has one. */
  readonly assignment?: Assignment;
  readonly block?: Block;
  readonly range: Range;
  /** True when the parser had to skip or invent tokens inside this statement. */
  readonly recovered: boolean;
}

export interface Assignment {
  readonly kind: 'assignment';
  /** Range of the `=` sign. */
  readonly operator: Range;
  readonly values: Expression[];
  readonly range: Range;
}

export interface Block {
  readonly kind: 'block';
  readonly statements: Statement[];
  /** Range of `{`. */
  readonly open: Range;
  /** Range of `}`, absent when the file ended first. */
  readonly close?: Range;
  readonly range: Range;
}

export type Expression =
  | NumberLiteral
  | StringLiteral
  | Identifier
  | SymbolToken
  | Call
  | List
  | Binary
  | Unary
  | Interval
  | Parenthesized;

/** `10`, `1.5 %`, `300 ms`, `8 MiB/s`. The unit is kept as written; the semantic pass normalises it. */
export interface NumberLiteral {
  readonly kind: 'number';
  readonly value: number;
  /** The digits as written. */
  readonly text: string;
  readonly unit?: UnitSuffix;
  readonly range: Range;
}

export interface UnitSuffix {
  readonly kind: 'unit';
  readonly text: string;
  readonly range: Range;
}

export interface StringLiteral {
  readonly kind: 'string';
  /** The text between the quotes, escapes resolved. */
  readonly value: string;
  /** False when the string ran to the end of the line without a closing quote. */
  readonly terminated: boolean;
  readonly range: Range;
}

/**
 * A word: a keyword, a name, an enum value, or a dotted setting path such as
 * `relays.guard.bandwidth` (`parts` holds the dot-separated pieces).
 */
export interface Identifier {
  readonly kind: 'identifier';
  readonly name: string;
  readonly parts: readonly string[];
  readonly range: Range;
}

/** A bare punctuation value: `<->` and `->` (links and latencies), `*` as a wildcard is an Identifier part. */
export interface SymbolToken {
  readonly kind: 'symbol';
  readonly text: '<->' | '->';
  readonly range: Range;
}

/** `lognormal(median 8 MiB/s, sigma 0.9)`, `choice(50 KiB, 1 MiB)`. */
export interface Call {
  readonly kind: 'call';
  readonly callee: Identifier;
  readonly args: Argument[];
  /** Range of the parentheses and what is between them. */
  readonly argsRange: Range;
  readonly range: Range;
}

/**
 * One comma-separated argument: the values written side by side. `median 8 MiB/s`
 * is two values (a name and a number); the semantic pass decides what they mean.
 */
export interface Argument {
  readonly kind: 'argument';
  readonly values: Expression[];
  readonly range: Range;
}

/** `[amap, kist]` or `[low: 0.6, normal: 1, high: 1.4]`. */
export interface List {
  readonly kind: 'list';
  readonly items: ListItem[];
  readonly range: Range;
}

export interface ListItem {
  readonly kind: 'list-item';
  /** `low` in `low: 0.6`. */
  readonly label?: Identifier;
  readonly values: Expression[];
  readonly range: Range;
}

export interface Binary {
  readonly kind: 'binary';
  readonly operator: '+' | '-' | '*' | '/';
  readonly left: Expression;
  readonly right: Expression;
  readonly range: Range;
}

export interface Unary {
  readonly kind: 'unary';
  readonly operator: '-';
  readonly operand: Expression;
  readonly range: Range;
}

/** `1 s .. 60 s`: an inclusive range of values. */
export interface Interval {
  readonly kind: 'interval';
  readonly from: Expression;
  readonly to: Expression;
  readonly range: Range;
}

export interface Parenthesized {
  readonly kind: 'parenthesized';
  readonly expression: Expression;
  readonly range: Range;
}

/** A syntax error found while lexing or parsing; the semantic pass turns these into TN1xx diagnostics. */
export interface SyntaxError {
  readonly code: SyntaxErrorCode;
  readonly message: string;
  readonly range: Range;
}

export type SyntaxErrorCode =
  /** TN101: a character that starts no token. */
  | 'TN101'
  /** TN102: a string without its closing quote, or a block comment without its closing `*\/`. */
  | 'TN102'
  /** TN103: an unexpected token (the parser skipped or inserted something). */
  | 'TN103'
  /** TN104: a `{`, `(` or `[` never closed, or a closer never opened. */
  | 'TN104'
  /** TN105: a unit with no number before it. */
  | 'TN105'
  /** TN106: the file is too large or too deeply nested to analyse. */
  | 'TN106';

export interface ParseResult {
  readonly file: SourceFile;
  readonly errors: SyntaxError[];
  /** Offset ↔ line/character of the parsed text, the one the tree's ranges are computed with. */
  readonly lines: LineIndex;
}
