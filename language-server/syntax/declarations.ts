// The declaration a name at an offset declares or refers to, from the symbol table of the
// analysis (which spans included files).

import type { Declaration } from '../../grammar';
import type { Analysis } from '../documents/analysis';

export function declarationAt(analysis: Analysis, uri: string, offset: number): Declaration | undefined {
  const inside = (range: { start: { offset: number }; end: { offset: number } }) => range.start.offset <= offset && offset <= range.end.offset;
  return analysis.check.declarations.find(
    (declaration) => (declaration.uri === uri && inside(declaration.range)) || declaration.references.some((reference) => reference.uri === uri && inside(reference.range)),
  );
}
