// Splits `.tornet` text into tokens. Comments go to their own group (kept for the
// formatter and outline), whitespace is dropped, and a character that starts no token
// is reported (TN101) and skipped so lexing always reaches the end of the text.
import { Lexer, type IToken } from 'chevrotain';
import { lexerTokens, UnterminatedBlockComment, UnterminatedString } from './tokens';
import { quote, type OffsetError } from './offset-error';

export interface LexResult {
  /** Tokens for the parser, newlines included, in text order. */
  readonly tokens: IToken[];
  /** Comments, in text order. */
  readonly comments: IToken[];
  readonly errors: OffsetError[];
}

// One lexer for the process. `ensureOptimizations` makes construction fail if any token
// defeats Chevrotain's first-character dispatch, which keeps lexing fast.
const lexer = new Lexer(lexerTokens, {
  ensureOptimizations: true,
  positionTracking: 'onlyOffset',
});

export function lex(text: string): LexResult {
  const result = lexer.tokenize(text);
  const errors: OffsetError[] = result.errors.map((error) => ({
    code: 'TN101',
    message: `unexpected ${error.length === 1 ? 'character' : 'characters'} ${quote(text.substr(error.offset, error.length))}`,
    start: error.offset,
    end: error.offset + error.length,
  }));
  // Indexed loops: this runs once per parse, often before V8 optimises it, and an iterator then
  // allocates a result object per token.
  const tokens = result.tokens;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.tokenType === UnterminatedString) {
      errors.push({
        code: 'TN102',
        message: 'string is not closed: expected \'"\' before the end of the line',
        start: token.startOffset,
        end: token.startOffset + token.image.length,
      });
    }
  }
  const comments = result.groups['comments'] ?? [];
  for (const comment of comments) {
    if (comment.tokenType === UnterminatedBlockComment) {
      errors.push({
        code: 'TN102',
        message: "comment is not closed: expected '*/' before the end of the file",
        start: comment.startOffset,
        end: comment.startOffset + 2,
      });
    }
  }
  errors.sort((a, b) => a.start - b.start);
  return { tokens: result.tokens, comments, errors };
}
