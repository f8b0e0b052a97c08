// The token vocabulary of `.tornet` files (docs/syntax.md, "Lexical elements").
// The language has no keywords: the first word of a statement is a plain Identifier
// and its meaning lives in the schema. Units are the only reserved words.
import { createToken, Lexer, type TokenType } from 'chevrotain';

// Categories let the parser match a family of tokens with one CONSUME.

/** Ends a statement: a newline or `;`. */
export const Terminator = createToken({ name: 'Terminator', pattern: Lexer.NA, label: 'the end of the statement' });
/** Anything a statement line may hold besides its terminator and braces: what recovery skips. */
export const LineContent = createToken({ name: 'LineContent', pattern: Lexer.NA });
/** A token that can never start a statement; a line starting with one is skipped as a whole. */
export const Stray = createToken({ name: 'Stray', pattern: Lexer.NA, categories: [LineContent] });
/** `+ - * /`; the parser applies their precedence after reading an operand chain. */
export const BinaryOperator = createToken({ name: 'BinaryOperator', pattern: Lexer.NA, label: 'an operator' });
/** A string literal, closed or not. */
export const StringToken = createToken({ name: 'String', pattern: Lexer.NA, categories: [Stray], label: 'a string' });

// Two skipped tokens: a pattern of ASCII characters only takes Chevrotain's table-driven path
// (no regular expression per run of spaces), and most whitespace is spaces.
export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\f\v]+/, group: Lexer.SKIPPED });
export const OtherWhiteSpace = createToken({ name: 'OtherWhiteSpace', pattern: /[\u00a0\ufeff]+/, group: Lexer.SKIPPED });
export const Newline = createToken({
  name: 'Newline',
  pattern: /\r\n|\r|\n/,
  line_breaks: true,
  categories: [Terminator],
  label: 'the end of the line',
});
export const Semicolon = createToken({ name: 'Semicolon', pattern: ';', categories: [Terminator], label: "';'" });

export const LineComment = createToken({ name: 'LineComment', pattern: /\/\/[^\r\n]*/, group: 'comments' });
export const BlockComment = createToken({
  name: 'BlockComment',
  pattern: /\/\*[\s\S]*?\*\//,
  line_breaks: true,
  group: 'comments',
});
/** `/*` with no `*\/`: a comment to the end of the file (TN102). */
export const UnterminatedBlockComment = createToken({
  name: 'UnterminatedBlockComment',
  pattern: /\/\*[\s\S]*/,
  line_breaks: true,
  group: 'comments',
});

export const NumberLiteral = createToken({
  name: 'Number',
  pattern: /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/,
  categories: [Stray],
  label: 'a number',
});
export const ClosedString = createToken({
  name: 'ClosedString',
  pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*"/,
  categories: [StringToken],
});
/** A string that reaches the end of the line without its closing quote (TN102). */
export const UnterminatedString = createToken({
  name: 'UnterminatedString',
  pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*\\?/,
  categories: [StringToken],
});

/** Path parts: a name (letters, digits, `_`, `-` not first and not starting `->`) or `*` after a dot. */
const namePart = String.raw`[A-Za-z_][A-Za-z0-9_]*(?:-(?!>)[A-Za-z0-9_]*)*`;
export const Identifier = createToken({
  name: 'Identifier',
  pattern: new RegExp(`${namePart}(?:\\.(?:${namePart}|\\*))*`),
  categories: [LineContent],
  label: 'a name',
});

/**
 * The closed set of units (docs/syntax.md). A longer name wins (`sigma` is a name, not `s`).
 * Rates come first so that `MiB/s` is one unit, not `MiB` then `/`.
 */
export const Unit = createToken({
  name: 'Unit',
  pattern: /(?:[kMG]?bit|[KMG]i?B)\/s|[KMG]i?B|B|cells|[µμu]s|ms|min|s|h|%/,
  longer_alt: Identifier,
  label: 'a unit',
});

export const LCurly = createToken({ name: 'LCurly', pattern: '{', label: "'{'" });
export const RCurly = createToken({ name: 'RCurly', pattern: '}', label: "'}'" });
export const LParen = createToken({ name: 'LParen', pattern: '(', categories: [Stray], label: "'('" });
export const RParen = createToken({ name: 'RParen', pattern: ')', categories: [Stray], label: "')'" });
export const LBracket = createToken({ name: 'LBracket', pattern: '[', categories: [Stray], label: "'['" });
export const RBracket = createToken({ name: 'RBracket', pattern: ']', categories: [Stray], label: "']'" });
export const Comma = createToken({ name: 'Comma', pattern: ',', categories: [Stray], label: "','" });
export const Colon = createToken({ name: 'Colon', pattern: ':', categories: [Stray], label: "':'" });
export const Equals = createToken({ name: 'Equals', pattern: '=', categories: [Stray], label: "'='" });
export const DotDot = createToken({ name: 'DotDot', pattern: '..', categories: [Stray], label: "'..'" });
export const BiArrow = createToken({ name: 'BiArrow', pattern: '<->', categories: [Stray], label: "'<->'" });
export const Arrow = createToken({ name: 'Arrow', pattern: '->', categories: [Stray], label: "'->'" });
export const Plus = createToken({ name: 'Plus', pattern: '+', categories: [Stray, BinaryOperator], label: "'+'" });
export const Minus = createToken({ name: 'Minus', pattern: '-', categories: [Stray, BinaryOperator], label: "'-'" });
export const Star = createToken({ name: 'Star', pattern: '*', categories: [Stray, BinaryOperator], label: "'*'" });
export const Slash = createToken({ name: 'Slash', pattern: '/', categories: [Stray, BinaryOperator], label: "'/'" });

/**
 * A `}`, `)` or `]` that closes nothing. The lexer never produces it: the token
 * stream (token-stream.ts) retypes unmatched closers so the parser skips them as
 * stray input instead of ending a block early.
 */
export const UnmatchedCloser = createToken({ name: 'UnmatchedCloser', pattern: Lexer.NA, categories: [Stray] });

/** Lexer order matters: comments before `/`, units before names, `<->` and `->` before `-`. */
export const lexerTokens: TokenType[] = [
  WhiteSpace,
  OtherWhiteSpace,
  Newline,
  LineComment,
  BlockComment,
  UnterminatedBlockComment,
  NumberLiteral,
  ClosedString,
  UnterminatedString,
  Unit,
  Identifier,
  Semicolon,
  LCurly,
  RCurly,
  LParen,
  RParen,
  LBracket,
  RBracket,
  Comma,
  Colon,
  Equals,
  DotDot,
  BiArrow,
  Arrow,
  Plus,
  Minus,
  Star,
  Slash,
];

/** Everything the parser may see, categories included. */
export const parserTokens: TokenType[] = [
  ...lexerTokens,
  Terminator,
  LineContent,
  Stray,
  StringToken,
  BinaryOperator,
  UnmatchedCloser,
];
