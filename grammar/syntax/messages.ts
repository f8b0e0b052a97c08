// Human-readable parser messages: "expected X but found Y", using the token labels
// of tokens.ts, instead of Chevrotain's rule-and-token-name wording.
import { EOF, type IParserErrorMessageProvider, type IToken, type TokenType } from 'chevrotain';
import { Newline } from './tokens';
import { quote } from './offset-error';

function label(type: TokenType): string {
  return type.LABEL ?? type.name;
}

function found(token: IToken): string {
  if (token.tokenType === EOF) return 'the end of the file';
  if (token.tokenType === Newline) return 'the end of the line';
  return quote(token.image);
}

/** "a, b or c", without repeats. */
function alternatives(types: TokenType[]): string {
  const labels = [...new Set(types.map(label))];
  return labels.length <= 1 ? (labels[0] ?? 'something else') : `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`;
}

export const messages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected, actual }) => `expected ${label(expected)} but found ${found(actual)}`,
  buildNotAllInputParsedMessage: ({ firstRedundant }) => `unexpected ${found(firstRedundant)}`,
  buildNoViableAltMessage: ({ expectedPathsPerAlt, actual, customUserDescription }) =>
    `expected ${customUserDescription ?? alternatives(expectedPathsPerAlt.flat().map((path) => path[0]!))} but found ${found(actual[0]!)}`,
  // Every repetition that must run once in this grammar is a run of values.
  buildEarlyExitMessage: ({ actual, customUserDescription }) =>
    `expected ${customUserDescription ?? 'a value'} but found ${found(actual[0]!)}`,
};
