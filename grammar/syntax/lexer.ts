// Splits `.tornet` text into tokens. Comments go to their own group (kept for the
// formatter and outline), whitespace is dropped, and a character that starts no token
// is reported (TN101) and skipped so lexing always reaches the end of the text.
import { Lexer, type IToken, type TokenType } from 'chevrotain';
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

const typeByIndex: TokenType[] = [];
for (const type of lexerTokens) typeByIndex[type.tokenTypeIdx!] = type;

/**
 * A token as the lexer makes it: Chevrotain's offset-only token without its `tokenType` field,
 * found from `tokenTypeIdx` when read (a parse lexes ~85,000 tokens, 8 bytes each).
 */
class LexedToken implements IToken {
  declare image: string;
  declare startOffset: number;
  declare tokenTypeIdx: number;
  constructor(image: string, startOffset: number, tokenTypeIdx: number) {
    this.image = image;
    this.startOffset = startOffset;
    this.tokenTypeIdx = tokenTypeIdx;
  }

  get tokenType(): TokenType {
    return typeByIndex[this.tokenTypeIdx]!;
  }
}

/**
 * Texts lexed recently in this text, by a hash of a few characters and the length. The same
 * names, numbers and units recur all over a scenario (`relay`, `bandwidth`, `fast`, `MiB/s`): a
 * tree that shares one string for each keeps ~1 MB less alive in the bench scenario, and the
 * lexer's fresh copy dies young. Emptied after each text (a long one may hold the whole text).
 */
const RECENT_TEXTS = 1024;
const recentTexts = new Array<string>(RECENT_TEXTS).fill('');

function sharedText(text: string): string {
  const length = text.length;
  if (length < 2) return text;
  const slot = (text.charCodeAt(0) * 961 + text.charCodeAt(length >> 1) * 31 + text.charCodeAt(length - 1) + length) & (RECENT_TEXTS - 1);
  const recent = recentTexts[slot]!;
  if (recent === text) return recent;
  recentTexts[slot] = text;
  return text;
}

// The hook Chevrotain 13 calls for every token (positionTracking picks one of its own).
(lexer as unknown as { createTokenInstance: (image: string, offset: number, tokenTypeIdx: number) => IToken }).createTokenInstance = (
  image,
  offset,
  tokenTypeIdx,
) => new LexedToken(sharedText(image), offset, tokenTypeIdx);

export function lex(text: string): LexResult {
  const result = lexer.tokenize(text);
  recentTexts.fill('');
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
