// Document and range formatting: the canonical layout (formatting/layout.ts) as LSP edits.
// A document with syntax errors is not formatted (no edits), so that nothing the parser
// skipped can be moved or lost. Range formatting applies only the edits inside the range.

import type { Range, TextEdit } from 'vscode-languageserver';
import { tokenize } from '../../grammar';
import { toRange } from '../convert';
import type { Analysis } from '../documents/analysis';
import { layoutEdits } from '../formatting/layout';

export function formatDocument(analysis: Analysis): TextEdit[] {
  return formatRange(analysis, undefined);
}

/** Edits inside `range` (the whole document when undefined). */
export function formatRange(analysis: Analysis, range: Range | undefined): TextEdit[] {
  if (analysis.check.syntax.errors.length > 0) return [];
  const first = range ? analysis.lines.offsetAt(range.start) : 0;
  const last = range ? analysis.lines.offsetAt(range.end) : analysis.text.length;
  return layoutEdits(analysis.text, tokenize(analysis.text), analysis.check.syntax.file)
    .filter((edit) => edit.start >= first && edit.end <= last)
    .map((edit) => ({ range: toRange(analysis.lines.range(edit.start, edit.end)), newText: edit.text }));
}
