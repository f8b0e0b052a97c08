// Text → syntax tree and syntax errors: lex, prepare the token stream, parse. Nodes keep
// offsets; line/character positions come from the returned LineIndex when asked for.
// Never throws; always returns a tree.
import type { ParseResult, SyntaxError } from './ast';
import { LineIndex } from './line-index';
import { CommentNode, SourceFileNode } from './nodes';
import { lex } from './lexer';
import { prepareTokens } from './token-stream';
import { parseTokens } from './parser';
import type { OffsetError } from './offset-error';

/** Longest text analysed (in UTF-16 units): 16 Mi, far beyond any scenario, bounds memory and time. */
export const MAX_TEXT_LENGTH = 16 * 1024 * 1024;

export function parse(text: string): ParseResult {
  const lines = new LineIndex(text);
  if (text.length > MAX_TEXT_LENGTH) {
    const error: SyntaxError = {
      code: 'TN106',
      message: `the file is ${text.length} characters long; at most ${MAX_TEXT_LENGTH} are analysed`,
      range: lines.range(0, 0),
    };
    return { file: new SourceFileNode(lines, text.length, [], []), errors: [error], lines };
  }
  const lexed = lex(text);
  const comments = lexed.comments.map((token) => new CommentNode(lines, token.startOffset, token.image));
  const stream = prepareTokens(lexed.tokens);
  const parsed = stream.tooDeep ? { statements: [], errors: [] } : parseTokens(stream, lines);
  const errors = [...lexed.errors, ...stream.errors, ...parsed.errors]
    .sort((a, b) => a.start - b.start)
    .map((error: OffsetError): SyntaxError => ({ code: error.code, message: error.message, range: lines.range(error.start, error.end) }));
  return { file: new SourceFileNode(lines, text.length, parsed.statements, comments), errors, lines };
}
