// Text → syntax tree and syntax errors: lex, prepare the token stream, parse, then turn
// offsets into line/character positions. Never throws; always returns a tree.
import type { Comment, ParseResult, SyntaxError } from './ast';
import { LineIndex } from './line-index';
import { lex } from './lexer';
import { prepareTokens } from './token-stream';
import { parseTokens } from './parser';
import type { OffsetError } from './offset-error';

/** Longest text analysed (in UTF-16 units): 16 Mi, far beyond any scenario, bounds memory and time. */
export const MAX_TEXT_LENGTH = 16 * 1024 * 1024;

export function parse(text: string): ParseResult {
  const lines = new LineIndex(text);
  const fileRange = lines.range(0, text.length);
  if (text.length > MAX_TEXT_LENGTH) {
    const error: SyntaxError = {
      code: 'TN106',
      message: `the file is ${text.length} characters long; at most ${MAX_TEXT_LENGTH} are analysed`,
      range: lines.range(0, 0),
    };
    return { file: { kind: 'file', statements: [], comments: [], range: fileRange }, errors: [error] };
  }
  const lexed = lex(text);
  const comments: Comment[] = lexed.comments.map((token) => ({
    kind: 'comment',
    text: token.image,
    range: lines.range(token.startOffset, token.startOffset + token.image.length),
  }));
  const stream = prepareTokens(lexed.tokens);
  const parsed = stream.tooDeep ? { statements: [], errors: [] } : parseTokens(stream, lines);
  const errors = [...lexed.errors, ...stream.errors, ...parsed.errors]
    .sort((a, b) => a.start - b.start)
    .map((error: OffsetError): SyntaxError => ({ code: error.code, message: error.message, range: lines.range(error.start, error.end) }));
  return { file: { kind: 'file', statements: parsed.statements, comments, range: fileRange }, errors };
}
