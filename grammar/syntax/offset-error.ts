// A syntax error located by UTF-16 offsets; parse.ts turns offsets into line/character
// positions once, at the end, with one LineIndex.
import type { SyntaxErrorCode } from './ast';

export interface OffsetError {
  readonly code: SyntaxErrorCode;
  readonly message: string;
  /** First offset of the error. */
  readonly start: number;
  /** Offset just past the error. */
  readonly end: number;
}

/** How a piece of source text appears in a message: quoted, and shortened if long. */
export function quote(text: string): string {
  const shown = text.length > 24 ? `${text.slice(0, 24)}…` : text;
  return `'${shown.replace(/\r?\n|\r/g, '⏎')}'`;
}
