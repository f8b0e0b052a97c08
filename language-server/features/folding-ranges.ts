// Folding: every block that spans lines (its closing brace stays visible), block comments,
// and runs of line comments.

import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { Analysis } from '../documents/analysis';
import { forEachStatement } from '../syntax/nodes';

export function foldingRanges(analysis: Analysis): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  forEachStatement(analysis.check.syntax.file, (statement) => {
    const block = statement.block;
    if (!block) return;
    const startLine = statement.range.start.line;
    const endLine = block.close ? block.close.start.line - 1 : block.range.end.line;
    if (endLine > startLine) ranges.push({ startLine, endLine });
  });
  let run: { startLine: number; endLine: number } | undefined;
  const endRun = (): void => {
    if (run && run.endLine > run.startLine) ranges.push({ ...run, kind: FoldingRangeKind.Comment });
    run = undefined;
  };
  for (const comment of analysis.check.syntax.file.comments) {
    const { start, end } = comment.range;
    if (comment.text.startsWith('/*')) {
      endRun();
      if (end.line > start.line) ranges.push({ startLine: start.line, endLine: end.line, kind: FoldingRangeKind.Comment });
      continue;
    }
    const ownLine = analysis.text.slice(start.offset - start.character, start.offset).trim() === '';
    if (run && ownLine && start.line === run.endLine + 1) run.endLine = start.line;
    else {
      endRun();
      if (ownLine) run = { startLine: start.line, endLine: start.line };
    }
  }
  endRun();
  return ranges.sort((a, b) => a.startLine - b.startLine);
}
