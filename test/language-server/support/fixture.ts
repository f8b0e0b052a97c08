// Cursor markers in test documents, as in Langium's test helpers: `<|>` marks a position,
// `<|text|>` marks a range. `fixture` strips the markers and returns where they were.

import type { Position, Range } from 'vscode-languageserver-protocol';

export interface Fixture {
  /** The text without markers. */
  readonly text: string;
  /** Every `<|>`, in order. */
  readonly positions: Position[];
  /** Every `<|…|>`, in order. */
  readonly ranges: Range[];
}

export function fixture(marked: string): Fixture {
  const positions: Position[] = [];
  const ranges: Range[] = [];
  let text = '';
  let rangeStart: Position | undefined;
  let index = 0;
  while (index < marked.length) {
    if (marked.startsWith('<|>', index)) {
      positions.push(positionAt(text, text.length));
      index += 3;
    } else if (marked.startsWith('<|', index)) {
      if (rangeStart) throw new Error('fixture: nested <| markers');
      rangeStart = positionAt(text, text.length);
      index += 2;
    } else if (marked.startsWith('|>', index) && rangeStart) {
      ranges.push({ start: rangeStart, end: positionAt(text, text.length) });
      rangeStart = undefined;
      index += 2;
    } else {
      text += marked[index];
      index += 1;
    }
  }
  if (rangeStart) throw new Error('fixture: <| without |>');
  return { text, positions, ranges };
}

export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** The text a range covers. */
export function textOf(text: string, range: Range): string {
  const lines = text.split('\n');
  const offset = (position: Position) => lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;
  return text.slice(offset(range.start), offset(range.end));
}
