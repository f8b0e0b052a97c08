// The syntax layer of `.tornet` files: text → syntax tree with ranges, and tokens.
//
//   parse(text)      the syntax tree (ast.ts) and syntax errors TN101–TN106; never throws
//   tokenize(text)   tokens with kinds and ranges, comments included (highlighting, completion)
//   LineIndex        offset ↔ { line, character } (0-based, UTF-16, as in LSP)
export type * from './ast';
export { parse, MAX_TEXT_LENGTH } from './parse';
export { tokenize, type Token, type TokenKind } from './tokenize';
export { LineIndex } from './line-index';
export { MAX_NESTING_DEPTH } from './token-stream';
