// Prepares the lexer's tokens for the parser, so the grammar itself stays line-oriented
// and simple:
//  - newlines inside ( ) and [ ] vanish, so long argument lists may wrap;
//  - repeated newlines and semicolons collapse into one terminator;
//  - brackets are matched here, once: a closer that closes nothing is retyped as
//    UnmatchedCloser (the parser skips it as stray input), and an opener that is never
//    closed gets a zero-width virtual closer — `(` and `[` at the end of their own line
//    (or before a `{`/`}`, since blocks cannot sit inside brackets), `{` at the end of the
//    file — so the parser always sees balanced brackets and one missing `)` cannot
//    swallow the rest of the file;
//  - a unit not right after a number is reported (TN105) and dropped;
//  - nesting deeper than MAX_NESTING_DEPTH is reported (TN106) before any recursion starts.
import { createTokenInstance, type IToken, type TokenType } from 'chevrotain';
import {
  LBracket,
  LCurly,
  LParen,
  Newline,
  NumberLiteral,
  RBracket,
  RCurly,
  RParen,
  Semicolon,
  UnmatchedCloser,
  Unit,
} from './tokens';
import { quote, type OffsetError } from './offset-error';

/**
 * Deepest nesting of `{ ( [` analysed. Real scenarios nest 3–5 levels. Each nested call
 * costs the recursive-descent parser about seven rule invocations, and on Node 20's default
 * stack nested calls overflow near 175 levels; 64 leaves room for the caller's own frames
 * (a language server, a worker). The check runs on the token stream, before any recursion.
 */
export const MAX_NESTING_DEPTH = 64;

export interface TokenStream {
  /** Tokens for the parser, brackets balanced, terminators collapsed. */
  readonly tokens: IToken[];
  /** Openers that were never closed; each has a virtual closer in `tokens`. */
  readonly unclosed: ReadonlySet<IToken>;
  /** The zero-width closers invented for `unclosed`. */
  readonly virtual: ReadonlySet<IToken>;
  readonly errors: OffsetError[];
  /** True when nesting exceeded MAX_NESTING_DEPTH; `tokens` is then empty. */
  readonly tooDeep: boolean;
}

const closerOf = new Map<TokenType, TokenType>([
  [LCurly, RCurly],
  [LParen, RParen],
  [LBracket, RBracket],
]);
const openerOf = new Map<TokenType, TokenType>([...closerOf].map(([open, close]) => [close, open]));

/** Takes `lexed` over (the lexer's own array, which nothing reads after): its result may reuse it. */
export function prepareTokens(lexed: IToken[]): TokenStream {
  const matching = matchBrackets(lexed);
  if (matching.tooDeepAt) {
    const at = matching.tooDeepAt;
    return {
      tokens: [],
      unclosed: new Set(),
      virtual: new Set(),
      errors: [
        {
          code: 'TN106',
          message: `blocks and brackets nest more than ${MAX_NESTING_DEPTH} levels deep here; the file is not analysed`,
          start: at.startOffset,
          end: at.startOffset + at.image.length,
        },
      ],
      tooDeep: true,
    };
  }
  return { ...emit(lexed, matching), tooDeep: false };
}

interface Matching {
  readonly unclosed: Set<IToken>;
  readonly unmatched: Set<IToken>;
  readonly tooDeepAt?: IToken;
}

/** Pairs every closer with its opener; records openers never closed and closers closing nothing. */
function matchBrackets(lexed: readonly IToken[]): Matching {
  const unclosed = new Set<IToken>();
  const unmatched = new Set<IToken>();
  const open: IToken[] = [];
  // Pops the openers above index `keep` (exclusive), which the current token leaves unclosed.
  const abandonAbove = (keep: number) => {
    while (open.length > keep + 1) unclosed.add(open.pop()!);
  };
  // Indexed loops here and in emit, as in lexer.ts (no iterator result per token).
  for (let index = 0; index < lexed.length; index++) {
    const token = lexed[index]!;
    const type = token.tokenType;
    if (type === LCurly || type === LParen || type === LBracket) {
      // A block cannot sit inside brackets: `{` ends any brackets still open in its block.
      if (type === LCurly) abandonAbove(innermost(open, LCurly, LCurly));
      open.push(token);
      if (open.length > MAX_NESTING_DEPTH) return { unclosed, unmatched, tooDeepAt: token };
    } else if (type === RCurly || type === RParen || type === RBracket) {
      const at = innermost(open, openerOf.get(type)!, type === RCurly ? undefined : LCurly);
      if (at < 0) {
        unmatched.add(token);
      } else {
        abandonAbove(at);
        open.pop();
      }
    }
  }
  for (const token of open) unclosed.add(token);
  return { unclosed, unmatched };
}

/** Index of the innermost open `type`, searching no further out than a `barrier`; -1 if none. */
function innermost(open: readonly IToken[], type: TokenType, barrier: TokenType | undefined): number {
  for (let i = open.length - 1; i >= 0; i--) {
    const t = open[i]!.tokenType;
    if (t === type) return i;
    if (t === barrier) return -1;
  }
  return -1;
}

function emit(lexed: IToken[], matching: Matching) {
  // Tokens are only dropped or replaced one for one unless a virtual closer is invented, so the
  // result overwrites `lexed` from its start (a second array of 70,000 tokens, grown by pushes,
  // was a tenth of a parse's allocation).
  const tokens: IToken[] = matching.unclosed.size === 0 ? lexed : [];
  let count = 0;
  const virtual = new Set<IToken>();
  const errors: OffsetError[] = [];
  const open: IToken[] = [];
  let lastEnd = 0;

  // Closes the unclosed `(`/`[` on top of the stack with virtual closers after the last real token.
  const closeAbandonedBrackets = () => {
    while (open.length > 0) {
      const top = open[open.length - 1]!;
      if (top.tokenType === LCurly || !matching.unclosed.has(top)) return;
      open.pop();
      tokens[count++] = virtualCloser(top, lastEnd, virtual);
    }
  };
  const insideBrackets = () => open.length > 0 && open[open.length - 1]!.tokenType !== LCurly;

  for (let index = 0; index < lexed.length; index++) {
    const token = lexed[index]!;
    const type = token.tokenType;
    if (type === Newline || type === Semicolon) {
      if (type === Newline) {
        closeAbandonedBrackets();
        if (insideBrackets()) continue;
      }
      const previous = count > 0 ? tokens[count - 1]! : undefined;
      if (previous === undefined || previous.tokenType === Newline || previous.tokenType === Semicolon || previous.tokenType === LCurly) {
        continue;
      }
      tokens[count++] = token;
      continue;
    }
    if (type === Unit && (count === 0 || tokens[count - 1]!.tokenType !== NumberLiteral)) {
      errors.push({
        code: 'TN105',
        message: `unit ${quote(token.image)} must follow a number, as in '10 ${token.image}'`,
        start: token.startOffset,
        end: token.startOffset + token.image.length,
      });
      continue;
    }
    if (matching.unmatched.size > 0 && matching.unmatched.has(token)) {
      tokens[count++] = retype(token, UnmatchedCloser);
    } else if (type === LCurly) {
      closeAbandonedBrackets();
      open.push(token);
      tokens[count++] = token;
    } else if (type === LParen || type === LBracket) {
      open.push(token);
      tokens[count++] = token;
    } else if (type === RCurly || type === RParen || type === RBracket) {
      closeAbandonedBrackets();
      open.pop();
      tokens[count++] = token;
    } else {
      tokens[count++] = token;
    }
    lastEnd = token.startOffset + token.image.length;
  }
  while (open.length > 0) tokens[count++] = virtualCloser(open.pop()!, lastEnd, virtual);
  tokens.length = count;
  return { tokens, unclosed: matching.unclosed, virtual, errors };
}

function virtualCloser(opener: IToken, offset: number, virtual: Set<IToken>): IToken {
  const token = createTokenInstance(closerOf.get(opener.tokenType)!, '', offset, offset - 1, NaN, NaN, NaN, NaN);
  virtual.add(token);
  return token;
}

function retype(token: IToken, type: TokenType): IToken {
  return createTokenInstance(type, token.image, token.startOffset, token.startOffset + token.image.length - 1, NaN, NaN, NaN, NaN);
}
