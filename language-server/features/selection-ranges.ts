// Expand selection: from the innermost node at the cursor out through every enclosing
// expression, statement and block to the whole file.

import type { Position, SelectionRange } from 'vscode-languageserver';
import type { Analysis } from '../documents/analysis';
import { toRange } from '../convert';
import { pathAt } from '../syntax/nodes';

export function selectionRanges(analysis: Analysis, positions: readonly Position[]): SelectionRange[] {
  return positions.map((position) => {
    const offset = analysis.lines.offsetAt(position);
    let selection: SelectionRange | undefined;
    for (const node of pathAt(analysis.check.syntax.file, offset)) {
      const range = toRange(node.range);
      const parent = selection?.range;
      // Nodes with the same range as their parent (a call and its statement) add no step.
      if (parent && parent.start.line === range.start.line && parent.start.character === range.start.character && parent.end.line === range.end.line && parent.end.character === range.end.character) continue;
      selection = selection ? { range, parent: selection } : { range };
    }
    return selection!; // innermost, its parents outward: the file always contains the offset
  });
}
