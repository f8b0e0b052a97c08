// `include "path"` statements link to the file they name.

import type { DocumentLink } from 'vscode-languageserver';
import type { Analysis } from '../documents/analysis';
import { toRange } from '../convert';

export function documentLinks(analysis: Analysis): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const statement of analysis.check.syntax.file.statements) {
    const path = statement.args[0];
    if (statement.keyword.name !== 'include' || path?.kind !== 'string' || !path.terminated) continue;
    let target: string;
    try {
      target = new URL(path.value, analysis.uri).href;
    } catch {
      continue; // not resolvable against this document's URI
    }
    const range = toRange(path.range);
    links.push({ range: { start: { ...range.start, character: range.start.character + 1 }, end: { ...range.end, character: range.end.character - 1 } }, target, tooltip: 'Open included file' });
  }
  return links;
}
