// The canonical layout of a `.tornet` file, computed as the whitespace each gap between two
// tokens should hold. Tokens are never changed, only the gaps (and redundant `;`), so a
// formatted file has the same tokens — the same meaning — and every comment stays in place.
//
// The rules (docs/syntax.md, "Formatting"):
//   - indentation: 2 spaces per open `{`, `(` or `[` at the start of the line;
//   - line breaks stay where they were written; runs of blank lines collapse to one, and
//     the file has no leading blank lines and ends with exactly one line break;
//   - a block written on one line stays on one line (`{ half-life 30 s; tick 10 s }`);
//     in a multi-line block and at top level, `a; b` becomes two lines;
//   - a `;` before a line break, a `}` or another `;` is dropped;
//   - one space between values; none inside `( )` and `[ ]`, before `, ; : ) ]`, between a
//     function's name and its `(`, or after a unary `-`.

import type { SourceFile } from '../../grammar';
import type { Token } from '../../grammar/syntax';
import { forEachNode } from '../syntax/nodes';

/** Replace the text [start, end) with `text` (offsets into the document). */
export interface GapEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const OPENERS = new Set(['{', '(', '[']);
const CLOSERS = new Set(['}', ')', ']']);
const TIGHT_BEFORE = new Set([',', ';', ':', ')', ']']);
const TIGHT_AFTER = new Set(['(', '[']);

/**
 * The minimal edits that lay `text` out canonically. `tokens` are the document's tokens
 * (comments included) and `file` its syntax tree; the caller refuses documents with syntax
 * errors, whose tokens may not form the blocks the layout assumes.
 */
export function layoutEdits(text: string, tokens: readonly Token[], file: SourceFile): GapEdit[] {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const callParens = new Set<number>();
  const unaryMinus = new Set<number>();
  forEachNode(file, (node) => {
    if (node.kind === 'call') callParens.add(node.argsRange.start.offset);
    if (node.kind === 'unary') unaryMinus.add(node.range.start.offset);
  });
  const kept = keptTokens(tokens);
  const edits: GapEdit[] = [];
  const depth: string[] = []; // open brackets, innermost last
  let previous: Token | undefined;
  for (const { token, breakBefore } of kept) {
    const bracket = token.kind === 'punctuation';
    if (bracket && CLOSERS.has(token.text)) depth.pop();
    const start = previous ? previous.range.end.offset : 0;
    const gap = text.slice(start, token.range.start.offset);
    const lineBreaks = Math.max(countLineBreaks(gap), breakBefore ? 1 : 0);
    let wanted: string;
    if (!previous) wanted = '';
    else if (lineBreaks > 0) wanted = eol.repeat(Math.min(lineBreaks, 2)) + '  '.repeat(depth.length);
    else wanted = tight(previous, token, callParens, unaryMinus) ? '' : ' ';
    pushMinimal(edits, start, token.range.start.offset, gap, wanted);
    if (bracket && OPENERS.has(token.text)) depth.push(token.text);
    previous = token;
  }
  const tailStart = previous ? previous.range.end.offset : 0;
  pushMinimal(edits, tailStart, text.length, text.slice(tailStart), previous ? eol : '');
  return edits;
}

interface KeptToken {
  readonly token: Token;
  /** A `;` turned into a line break before this token. */
  readonly breakBefore: boolean;
}

/** The tokens that stay, with the `;` that become line breaks or disappear taken out. */
function keptTokens(tokens: readonly Token[]): KeptToken[] {
  const kept: KeptToken[] = [];
  const blocks: boolean[] = []; // per open `{`: written on one line?
  let breakNext = false;
  tokens.forEach((token, index) => {
    if (token.text === '{' && token.kind === 'punctuation') blocks.push(isOneLineBlock(tokens, index));
    if (token.text === '}' && token.kind === 'punctuation') blocks.pop();
    if (token.text !== ';' || token.kind !== 'punctuation') {
      kept.push({ token, breakBefore: breakNext });
      breakNext = false;
      return;
    }
    const next = tokens[index + 1];
    const sameLine = next !== undefined && next.range.start.line === token.range.end.line;
    if (!sameLine || next.text === '}' || next.text === ';' || next.kind === 'comment') return; // redundant
    const oneLine = blocks.length > 0 && blocks[blocks.length - 1] === true;
    if (oneLine) kept.push({ token, breakBefore: false });
    else breakNext = true;
  });
  return kept;
}

function isOneLineBlock(tokens: readonly Token[], openIndex: number): boolean {
  let depth = 0;
  for (let index = openIndex; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (token.kind !== 'punctuation') continue;
    if (token.text === '{') depth += 1;
    if (token.text === '}' && --depth === 0) return token.range.start.line === tokens[openIndex]!.range.start.line;
  }
  return false;
}

function tight(previous: Token, token: Token, callParens: ReadonlySet<number>, unaryMinus: ReadonlySet<number>): boolean {
  if (token.kind === 'punctuation' && TIGHT_BEFORE.has(token.text)) return true;
  if (previous.kind === 'punctuation' && TIGHT_AFTER.has(previous.text)) return true;
  if (token.text === '(' && callParens.has(token.range.start.offset)) return true;
  return previous.kind === 'operator' && previous.text === '-' && unaryMinus.has(previous.range.start.offset);
}

function countLineBreaks(gap: string): number {
  return gap.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** Adds the edit turning `old` (at [start, end)) into `wanted`, trimmed to what differs. */
function pushMinimal(edits: GapEdit[], start: number, end: number, old: string, wanted: string): void {
  if (old === wanted) return;
  let prefix = 0;
  while (prefix < old.length && prefix < wanted.length && old[prefix] === wanted[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < old.length - prefix && suffix < wanted.length - prefix && old[old.length - 1 - suffix] === wanted[wanted.length - 1 - suffix]) suffix += 1;
  edits.push({ start: start + prefix, end: end - suffix, text: wanted.slice(prefix, wanted.length - suffix) });
}
