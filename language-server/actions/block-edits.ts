// Edits that add settings to a block, keeping its layout: shared by the refactorings and the
// quick fixes that write new settings.

import type { TextEdit } from 'vscode-languageserver';
import type { Statement } from '../../grammar';
import { toRange } from '../convert';

/** Appends settings to a block: `; a; b` on a one-line block, one line each otherwise. */
export function appended(statement: Statement, lines: readonly string[]): TextEdit {
  const block = statement.block!;
  const close = block.close!;
  const last = block.statements[block.statements.length - 1];
  if (block.open.start.line === close.start.line) {
    const at = last ? last.range.end : block.open.end;
    return { range: toRange({ start: at, end: at }), newText: last ? `; ${lines.join('; ')}` : ` ${lines.join('; ')}` };
  }
  const lineStart = { line: close.start.line, character: 0 };
  return { range: { start: lineStart, end: lineStart }, newText: lines.map((line) => `  ${line}\n`).join('') };
}

