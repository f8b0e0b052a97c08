// Converts between UTF-16 offsets and LSP-style positions (0-based line and character).
// Lines end at `\r\n`, `\n` or `\r`, as in the LSP specification.
import type { Position, Range } from './ast';

/** Size of the cache of recently computed positions (a power of two). */
const RECENT_POSITIONS = 256;

export class LineIndex {
  /** Offset of the first character of each line; found on first use (a clean parse never asks). */
  private starts: number[] | undefined;
  /** The line of the last lookup: positions are mostly asked for in text order. */
  private lastLine = 0;
  private readonly recent: (Position | undefined)[] = new Array(RECENT_POSITIONS);

  constructor(private readonly text: string) {}

  private get lineStarts(): number[] {
    return (this.starts ??= lineStartsOf(this.text));
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The position of `offset`, clamped to the document. */
  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    // Positions are immutable, so ranges that start or end at the same offset (a call and
    // its callee, a statement and its keyword) share one object.
    const slot = clamped & (RECENT_POSITIONS - 1);
    const recent = this.recent[slot];
    if (recent !== undefined && recent.offset === clamped) return recent;
    const line = this.lineOf(clamped);
    const position = { offset: clamped, line, character: clamped - this.lineStarts[line]! };
    this.recent[slot] = position;
    return position;
  }

  /** The offset of `position`, clamped to its line (a character past the line end means the line end). */
  offsetAt(position: { line: number; character: number }): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line]!;
    return Math.max(start, Math.min(start + position.character, this.lineEnd(position.line)));
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  /** The offset just before the line break that ends `line`. */
  private lineEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    const next = this.lineStarts[line + 1]!;
    const crlf = this.text.charCodeAt(next - 2) === 13 && this.text.charCodeAt(next - 1) === 10;
    return next - (crlf ? 2 : 1);
  }

  private lineOf(offset: number): number {
    const starts = this.lineStarts;
    const last = this.lastLine;
    if (starts[last]! <= offset) {
      // In text order, the answer is mostly the last line or the next one.
      if (last + 1 === starts.length || offset < starts[last + 1]!) return last;
      if (last + 2 === starts.length || offset < starts[last + 2]!) return (this.lastLine = last + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    this.lastLine = low;
    return low;
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') < 0) {
    // The common case, `\n` only: indexOf scans far faster than a loop over characters.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 /* \n */) starts.push(i + 1);
    else if (code === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}
