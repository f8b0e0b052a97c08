// Where the cursor is, for completion. Chevrotain ≥ 12 has no content assist, so the site is
// computed from the recovering parse (which blocks enclose the cursor, hence the schema
// context) plus the tokens of the statement being typed, up to the cursor.

import { tokenize, type SourceFile, type Statement } from '../../grammar';
import { labelOf } from '../../grammar/semantic/experiments';
import type { Token } from '../../grammar/syntax';
import type { ContextId, StatementSpec } from '../../grammar/schema';
import { contextOf, specOf } from './contexts';
import { statementsAt } from './nodes';

export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

export interface EnclosingCall {
  readonly name: string;
  /** 0-based index of the comma-separated argument the cursor is in. */
  readonly argument: number;
  /** Words already written in that argument (a named parameter's name comes first), the one at the cursor included. */
  readonly words: readonly string[];
  /** Whether the last of `words` is the word being typed at the cursor. */
  readonly typing: boolean;
}

export type CompletionSite =
  /** A segment of a setting path (a variant line's head, `vary`'s first value); `written` are the segments before it. */
  | { readonly kind: 'path'; readonly written: readonly string[]; readonly replace: OffsetRange }
  /** At the start of a statement: a keyword of `context` is expected. */
  | { readonly kind: 'keyword'; readonly context: ContextId | undefined; readonly siblings: readonly string[]; readonly replace: OffsetRange }
  /** Right after a number: a unit. */
  | { readonly kind: 'unit'; readonly context: ContextId | undefined; readonly keyword: string; readonly spec: StatementSpec | undefined; readonly call?: EnclosingCall; readonly replace: OffsetRange }
  /** After a keyword: one of its values. `tokens` are those written before the cursor, keyword included. */
  | {
      readonly kind: 'value';
      readonly context: ContextId | undefined;
      readonly keyword: string;
      readonly spec: StatementSpec | undefined;
      readonly tokens: readonly Token[];
      readonly call?: EnclosingCall;
      /** The declaration that encloses the cursor (an experiment for `baseline`). */
      readonly container?: string;
      /** The item labels of each sweep of the enclosing experiment (`baseline` may name a combination). */
      readonly sweeps?: readonly (readonly string[])[];
      readonly replace: OffsetRange;
    };

const WORD = /[A-Za-z0-9_.*-]/;
const NUMBER_THEN_UNIT = /\d(?:\.\d+)?(?:[eE][+-]?\d+)?[ \t]*([A-Za-zµμ%/]*)$/;

export function completionSite(file: SourceFile, text: string, offset: number): CompletionSite {
  const enclosing = statementsAt(file, offset).filter(
    (statement) => statement.block && statement.block.open.end.offset <= offset && (!statement.block.close || offset <= statement.block.close.start.offset),
  );
  const context = contextOf(enclosing);
  const innermost = enclosing[enclosing.length - 1];
  const container = innermost?.args[0]?.kind === 'identifier' ? innermost.args[0].name : undefined;

  let wordStart = offset;
  while (wordStart > 0 && WORD.test(text[wordStart - 1]!)) wordStart--;
  let statementStart = wordStart;
  while (statementStart > 0 && !'\n\r;{}'.includes(text[statementStart - 1]!)) statementStart--;
  const prefix = text.slice(statementStart, wordStart);

  const word = text.slice(wordStart, offset);
  if (prefix.trim() === '' && context === 'variant') return pathSite(word, offset);
  if (prefix.trim() === '' && !/^\d/.test(word)) {
    const siblings = (innermost?.block?.statements ?? (enclosing.length === 0 ? file.statements : []))
      .filter((statement) => !(statement.keyword.range.start.offset <= offset && offset <= statement.keyword.range.end.offset))
      .map((statement) => statement.keyword.name);
    return { kind: 'keyword', context, siblings, replace: { start: wordStart, end: offset } };
  }

  const all = tokenize(text.slice(statementStart, offset)).filter((token) => token.kind !== 'comment');
  const keyword = all[0]?.kind === 'identifier' ? all[0].text : '';
  const before = wordStart === offset ? all : all.slice(0, -1);
  if (context === 'experiment' && keyword === 'vary' && before.length === 1) return pathSite(word, offset);
  // In `vary PATH [a, label: b, …]` each item is a value of the setting PATH names: complete it as if
  // the item followed the path at the head of a variant line.
  const item = context === 'experiment' && keyword === 'vary' ? sweepItem(all) : undefined;
  const tokens = item ?? all;
  const spec = context === undefined ? undefined : item ? specOf('variant', item[0]!.text) : specOf(context, keyword);
  const open = enclosingCall(tokens);
  const call = open && { ...open, typing: wordStart !== offset && open.words.length > 0 };
  const unit = NUMBER_THEN_UNIT.exec(text.slice(statementStart, offset));
  if (unit) return { kind: 'unit', context, keyword, spec, ...(call ? { call } : {}), replace: { start: offset - unit[1]!.length, end: offset } };
  const valueTokens = wordStart === offset ? tokens : tokens.slice(0, -1);
  const sweeps = keyword === 'baseline' && innermost ? sweepLabels(innermost) : undefined;
  return {
    kind: 'value',
    context,
    keyword,
    spec,
    tokens: valueTokens,
    ...(call ? { call } : {}),
    ...(container ? { container } : {}),
    ...(sweeps ? { sweeps } : {}),
    replace: { start: wordStart, end: offset },
  };
}

function sweepLabels(experiment: Statement): string[][] {
  return (experiment.block?.statements ?? []).flatMap((statement) => {
    const list = statement.keyword.name === 'vary' ? statement.args[1] : undefined;
    return list?.kind === 'list' ? [list.items.map(labelOf).filter((label): label is string => label !== undefined)] : [];
  });
}

/** Completing `relays.gu`: the segments before the last dot are written, the rest is replaced. */
function pathSite(word: string, offset: number): CompletionSite {
  const segments = word.split('.');
  const last = segments.pop()!;
  return { kind: 'path', written: segments, replace: { start: offset - last.length, end: offset } };
}

/** The path token followed by the tokens of the sweep item being written, when the cursor is inside `vary PATH [ … ]`. */
function sweepItem(tokens: readonly Token[]): Token[] | undefined {
  const [, path, open] = tokens;
  if (path?.kind !== 'identifier' || open?.text !== '[') return undefined;
  let depth = 0;
  let itemStart = 3;
  for (let index = 3; index < tokens.length; index++) {
    const text = tokens[index]!.text;
    if (text === '(' || text === '[') depth++;
    else if (text === ')' || text === ']') {
      if (depth === 0) return undefined; // the list is closed
      depth--;
    } else if (depth === 0 && (text === ',' || text === ':')) itemStart = index + 1;
  }
  return [path, ...tokens.slice(itemStart)];
}

/** The innermost call left open before the cursor, from the tokens of the statement. */
function enclosingCall(tokens: readonly Token[]): Omit<EnclosingCall, 'typing'> | undefined {
  const stack: { name: string; argument: number; words: string[] }[] = [];
  tokens.forEach((token, index) => {
    if (token.text === '(') stack.push({ name: tokens[index - 1]?.kind === 'identifier' ? tokens[index - 1]!.text : '', argument: 0, words: [] });
    else if (token.text === ')') stack.pop();
    else if (token.text === ',' && stack.length > 0) {
      stack[stack.length - 1]!.argument++;
      stack[stack.length - 1]!.words = [];
    } else if (stack.length > 0) stack[stack.length - 1]!.words.push(token.text);
  });
  return stack[stack.length - 1];
}
