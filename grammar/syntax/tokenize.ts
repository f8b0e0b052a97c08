// The token stream as editors see it, for semantic highlighting and completion:
// every token with its kind and range, comments included, whitespace and newlines left out.
import type { IToken, TokenType } from 'chevrotain';
import type { Range } from './ast';
import { LineIndex } from './line-index';
import { lex } from './lexer';
import * as t from './tokens';

export type TokenKind = 'comment' | 'number' | 'unit' | 'string' | 'identifier' | 'operator' | 'punctuation';

export interface Token {
  readonly kind: TokenKind;
  /** The token as written. */
  readonly text: string;
  readonly range: Range;
}

const kinds = new Map<TokenType, TokenKind>([
  [t.LineComment, 'comment'],
  [t.BlockComment, 'comment'],
  [t.UnterminatedBlockComment, 'comment'],
  [t.NumberLiteral, 'number'],
  [t.Unit, 'unit'],
  [t.ClosedString, 'string'],
  [t.UnterminatedString, 'string'],
  [t.Identifier, 'identifier'],
  [t.DotDot, 'operator'],
  [t.BiArrow, 'operator'],
  [t.Arrow, 'operator'],
  [t.Plus, 'operator'],
  [t.Minus, 'operator'],
  [t.Star, 'operator'],
  [t.Slash, 'operator'],
  [t.Equals, 'operator'],
]);

export function tokenize(text: string): Token[] {
  const lines = new LineIndex(text);
  const { tokens, comments } = lex(text);
  const all: IToken[] = [...tokens.filter((token) => token.tokenType !== t.Newline), ...comments];
  all.sort((a, b) => a.startOffset - b.startOffset);
  return all.map((token) => ({
    kind: kinds.get(token.tokenType) ?? 'punctuation',
    text: token.image,
    range: lines.range(token.startOffset, token.startOffset + token.image.length),
  }));
}
